package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An article was published (by any path), unpublished, killed, scheduled or unscheduled. Fired as a CDI event
 * inside the changing transaction, on the node that made the change only; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act once it has committed (the event log line
 * and the metrics do), so a change that rolls back is never reported.
 *
 * @param kind     what happened
 * @param article  the article
 * @param slug     its slug at the time
 * @param user     who did it: the editor, or for the scheduler the editor who scheduled it
 * @param revision the revision readers see after a publication; otherwise the working copy's
 * @param via      how a publication came about; null for the other kinds
 * @param at       when (the CMS clock)
 * @param dueAt    the publication time asked for: of a schedule, and of a scheduled publication (its lag is
 *                 {@code at - dueAt}); otherwise null
 */
public record EditorialEvent(Kind kind, UUID article, String slug, String user, int revision, Via via, Instant at,
                             Instant dueAt) {

    /** What happened. */
    public enum Kind {
        PUBLISH, UNPUBLISH, KILL, SCHEDULE, UNSCHEDULE
    }

    /** How a publication came about. */
    public enum Via {
        /** an editor's transition to PUBLISHED */
        EDITOR,
        /** a public correction of a live article */
        CORRECTION,
        /** an update of a live article without a note */
        REPUBLICATION,
        /** the scheduler, at the scheduled time */
        SCHEDULER
    }
}
