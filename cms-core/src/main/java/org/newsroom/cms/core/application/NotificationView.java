package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient reads it.
 *
 * @param kind     {@code SUBMITTED}, {@code CHANGES_REQUESTED} or {@code PUBLISHED}
 * @param headline the article's headline now
 * @param actor    the username of who did it (the submitter, the editor); null when unknown
 * @param comment  the editor's comment of a change request; null otherwise
 * @param actorName the display name of who did it, as the newsroom UI shows it; null when unknown
 */
public record NotificationView(UUID id, String kind, UUID articleId, String headline, String actor, String comment,
                               Instant createdAt, boolean read, String actorName) {
}
