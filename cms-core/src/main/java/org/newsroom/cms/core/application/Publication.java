package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.newsroom.cms.core.infrastructure.changes.PublicContentChanges;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;

/**
 * The one way an article goes live, shared by editors (publish, correct) and the scheduler: the embargo
 * is checked, the working copy becomes the live revision, the audit trail records who did it, and the author
 * is told, and every node's pre-rendered copy of it is dropped at commit. Runs inside the caller's transaction.
 */
@ApplicationScoped
class Publication {

    @Inject
    RevisionRepository revisions;
    @Inject
    AuditLog auditLog;
    @Inject
    NotificationService notifications;
    @Inject
    PublicContentChanges publicContent;
    @Inject
    Event<EditorialEvent> editorialEvents;

    /**
     * @param actorId  who did it (for the scheduler: who scheduled it), and {@code username} their name
     * @param performedBy null when {@code actorId} did it; {@link AuditEvent#SYSTEM} for the scheduler
     * @param correctionNote non-null to publish as a public correction
     */
    void publish(Article article, UUID actorId, String username, String performedBy, String comment,
                 String correctionNote, Instant now) {
        publish(article, actorId, username, performedBy, comment, correctionNote, now, AuditEvent.Action.TRANSITION);
    }

    /** The same, audited as {@code action} (a correction or a republication of a live article). */
    void publish(Article article, UUID actorId, String username, String performedBy, String comment,
                 String correctionNote, Instant now, AuditEvent.Action action) {
        if (article.isEmbargoedAt(now)) {
            throw new EmbargoException(article.getEmbargoUntil(), "published");
        }
        Revision working = revisions.find(article.getId(), article.getCurrentRevision())
                .orElseThrow(() -> new IllegalStateException("article " + article.getId() + " lacks revision "
                        + article.getCurrentRevision()));
        ArticleStatus from = article.getStatus();
        Instant dueAt = AuditEvent.SYSTEM.equals(performedBy) ? dueAt(article) : null;
        article.goLive(working, now);
        if (correctionNote != null) {
            revisions.add(new Correction(article.getId(), working.getId(), correctionNote, now, actorId));
        }
        auditLog.append(new AuditEvent(article.getId(), actorId, action, from,
                ArticleStatus.PUBLISHED, comment, now, performedBy));
        notifications.transitioned(article, from, actorId, comment);
        publicContent.articleChanged(article.getSlug()); // first publication included: a cached 200 of nothing else
        EditorialEvent.Via via = action == AuditEvent.Action.CORRECTED ? EditorialEvent.Via.CORRECTION
                : action == AuditEvent.Action.REPUBLISHED ? EditorialEvent.Via.REPUBLICATION
                : AuditEvent.SYSTEM.equals(performedBy) ? EditorialEvent.Via.SCHEDULER : EditorialEvent.Via.EDITOR;
        editorialEvents.fire(new EditorialEvent(EditorialEvent.Kind.PUBLISH, article.getId(), article.getSlug(),
                username, working.getNumber(), via, now, dueAt));
    }

    /** When a scheduled article was due: its time, or its embargo's end if that came later. */
    private static Instant dueAt(Article article) {
        Instant at = article.getScheduledPublishAt();
        Instant embargo = article.getEmbargoUntil();
        return at == null || (embargo != null && embargo.isAfter(at)) ? embargo : at;
    }
}
