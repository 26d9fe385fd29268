package org.newsroom.cms.core.domain.notification;

/** Why someone is told about an article. */
public enum NotificationKind {
    /** Sent to every editor and admin: an article waits for review. */
    SUBMITTED,
    /** Sent to the author, with the editor's comment. */
    CHANGES_REQUESTED,
    /** Sent to the author when the article goes live (by an editor or the scheduler). */
    PUBLISHED
}
