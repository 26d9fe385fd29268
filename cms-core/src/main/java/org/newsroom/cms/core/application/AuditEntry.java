package org.newsroom.cms.core.application;

import java.time.Instant;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.audit.AuditEvent;

/**
 * An audit event as newsroom users read it: with the actor's username rather than an id;
 * {@code performedBy} is "system" when the system acted on the actor's behalf (scheduled publishing).
 */
public record AuditEntry(long id, AuditEvent.Action action, String actor, String performedBy, ArticleStatus from,
                         ArticleStatus to, String comment, Instant at) {
}
