package org.newsroom.cms.core.domain.user;

/** What a newsroom user may do. A user can hold several roles; the widest one wins. */
public enum Role {
    /** Writes stories: edits own drafts, submits them for review. */
    JOURNALIST,
    /** Reviews, approves, publishes, unpublishes and kills any story. */
    EDITOR,
    /** Everything an editor may, plus users and plugins. */
    ADMIN
}
