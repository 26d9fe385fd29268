package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.audit.AuditEvent;

/**
 * Which revision readers saw at a given moment, read from the audit trail and the revisions. Every publication
 * (a transition to PUBLISHED by an editor or the scheduler, a correction, a republication) makes the working
 * copy — the highest-numbered revision then — the live one, and the database closes that revision as it goes
 * live, so no later autosave changes it or its time: the live revision after a publication at T is the
 * highest-numbered revision written at or before T.
 */
final class PublicHistory {

    private PublicHistory() {
    }

    /**
     * The revision that was live just before {@code moment} (e.g. a correction's time: what readers saw before
     * it), or empty when nothing had been published before then.
     *
     * @param events    the article's audit trail, oldest first
     * @param revisions the article's revisions
     */
    static Optional<Revision> liveBefore(Instant moment, List<AuditEvent> events, List<Revision> revisions) {
        Optional<Instant> published = events.stream()
                .filter(e -> isPublication(e) && e.getOccurredAt().isBefore(moment))
                .map(AuditEvent::getOccurredAt)
                .reduce((earlier, later) -> later);
        return published.flatMap(at -> revisions.stream()
                .filter(r -> !r.getCreatedAt().isAfter(at))
                .max(Comparator.comparingInt(Revision::getNumber)));
    }

    /** Whether the event made a revision live: an unpublished or killed article's later events do not. */
    static boolean isPublication(AuditEvent e) {
        AuditEvent.Action action = e.getAction();
        return action == AuditEvent.Action.CORRECTED || action == AuditEvent.Action.REPUBLISHED
                || action == AuditEvent.Action.TRANSITION && e.getToStatus() == ArticleStatus.PUBLISHED;
    }
}
