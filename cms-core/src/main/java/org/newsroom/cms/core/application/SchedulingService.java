package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.workflow.Decision;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.core.domain.workflow.Workflow;

/**
 * Scheduled publishing: editors schedule an approved article (or move or cancel the time); the
 * scheduler publishes what is due. Publication happens exactly once per article even with many nodes,
 * because due rows are claimed with {@code FOR UPDATE SKIP LOCKED} and change state in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class SchedulingService {

    @Inject
    ArticleRepository articles;
    @Inject
    AuditLog auditLog;
    @Inject
    Publication publication;
    @Inject
    PluginEvents plugins;
    @Inject
    UserRepository users;
    @Inject
    SearchIndexer search;
    @Inject
    Clock clock;
    @Inject
    Event<EditorialEvent> editorialEvents;

    /** Schedules an APPROVED article, or moves the time of a SCHEDULED one. */
    public Article schedule(Actor actor, UUID id, Instant requestedTime, Long expectedVersion) {
        Article article = article(id, expectedVersion);
        Instant now = now();
        if (requestedTime == null) {
            throw ValidationException.of("publishAt", "is required, e.g. \"2026-12-01T06:00:00+07:00\".");
        }
        Instant publishAt = ArticleService.micros(requestedTime);
        if (!publishAt.isAfter(now)) {
            throw ValidationException.of("publishAt", "is in the past (" + publishAt + " UTC); to publish now, "
                    + "move the article to PUBLISHED instead.");
        }
        if (article.getEmbargoUntil() != null && publishAt.isBefore(article.getEmbargoUntil())) {
            throw new EmbargoException(article.getEmbargoUntil(), "scheduled");
        }
        ArticleStatus from = article.getStatus();
        if (from == ArticleStatus.SCHEDULED) {
            requireAllowed(actor, article, ArticleStatus.APPROVED); // moving a schedule needs the same rights
            Instant previous = article.getScheduledPublishAt();
            article.schedule(publishAt, actor.id(), now);
            auditLog.append(new AuditEvent(id, actor.id(), AuditEvent.Action.RESCHEDULED, from, from,
                    "Publish at " + publishAt + " (UTC), was " + previous, now));
            scheduled(EditorialEvent.Kind.SCHEDULE, article, actor, now, publishAt);
        } else {
            requireAllowed(actor, article, ArticleStatus.SCHEDULED);
            String note = "Publish at " + publishAt + " (UTC)";
            plugins.check(article, ArticleStatus.SCHEDULED, actor.username(), note);
            article.schedule(publishAt, actor.id(), now);
            auditLog.append(new AuditEvent(id, actor.id(), AuditEvent.Action.TRANSITION, from,
                    ArticleStatus.SCHEDULED, note, now));
            articles.flush();
            plugins.transitioned(article, from, ArticleStatus.SCHEDULED, actor.username(), note, false);
            scheduled(EditorialEvent.Kind.SCHEDULE, article, actor, now, publishAt);
            return article;
        }
        articles.flush();
        return article;
    }

    /** Cancels the schedule: the article goes back to APPROVED. */
    public Article unschedule(Actor actor, UUID id, Long expectedVersion) {
        Article article = article(id, expectedVersion);
        requireAllowed(actor, article, ArticleStatus.APPROVED);
        Instant now = now();
        Instant was = article.getScheduledPublishAt();
        String note = "Schedule for " + was + " (UTC) cancelled";
        plugins.check(article, ArticleStatus.APPROVED, actor.username(), note);
        article.moveTo(ArticleStatus.APPROVED, now);
        auditLog.append(new AuditEvent(id, actor.id(), AuditEvent.Action.TRANSITION, ArticleStatus.SCHEDULED,
                ArticleStatus.APPROVED, note, now));
        articles.flush();
        plugins.transitioned(article, ArticleStatus.SCHEDULED, ArticleStatus.APPROVED, actor.username(), note, false);
        scheduled(EditorialEvent.Kind.UNSCHEDULE, article, actor, now, was);
        return article;
    }

    private void scheduled(EditorialEvent.Kind kind, Article article, Actor actor, Instant now, Instant publishAt) {
        editorialEvents.fire(new EditorialEvent(kind, article.getId(), article.getSlug(), actor.username(),
                article.getCurrentRevision(), null, now, publishAt));
    }

    /**
     * Publishes up to {@code limit} due articles in one transaction, on behalf of the editors who
     * scheduled them. Safe to run concurrently on any number of threads and nodes. If a plugin vetoes
     * publication at the due time, the article goes back to APPROVED with the reasons in its audit trail.
     *
     * @return how many due articles this call handled (published or returned to APPROVED)
     */
    public int publishDue(int limit) {
        Instant now = now();
        List<Article> due = articles.claimDueForPublication(now, limit);
        for (Article article : due) {
            String editor = users.find(article.getScheduledBy()).map(User::getUsername).orElse("unknown");
            String note = "Published as scheduled for " + article.getScheduledPublishAt() + " (UTC)";
            List<TransitionVetoedException.Veto> vetoes = plugins.vetoes(article, ArticleStatus.PUBLISHED, editor,
                    note, true);
            if (vetoes.isEmpty()) {
                publication.publish(article, article.getScheduledBy(), editor, AuditEvent.SYSTEM, note, null, now);
                articles.flush();
                plugins.transitioned(article, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED, editor, note, true);
                search.transitioned(article);
            } else {
                UUID scheduledBy = article.getScheduledBy();
                String stopped = "Scheduled publication stopped: " + vetoes.stream()
                        .map(v -> v.plugin() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse("");
                article.moveTo(ArticleStatus.APPROVED, now);
                auditLog.append(new AuditEvent(article.getId(), scheduledBy, AuditEvent.Action.TRANSITION,
                        ArticleStatus.SCHEDULED, ArticleStatus.APPROVED, stopped, now, AuditEvent.SYSTEM));
                articles.flush();
                plugins.transitioned(article, ArticleStatus.SCHEDULED, ArticleStatus.APPROVED, editor, stopped, true);
            }
        }
        articles.flush();
        return due.size();
    }

    private void requireAllowed(Actor actor, Article article, ArticleStatus target) {
        Decision decision = Workflow.decide(actor.roles(), article.isAuthoredBy(actor.id()), article.getStatus(),
                target);
        switch (decision.outcome()) {
            case NOT_FROM_CURRENT_STATE -> throw new TransitionNotAllowedException(article.getStatus(), target,
                    decision.allowedTargets());
            case FORBIDDEN -> throw new PermissionDeniedException("Only an editor or admin can schedule publication.");
            case ALLOWED -> { }
        }
    }

    private Article article(UUID id, Long expectedVersion) {
        Article article = articles.find(id)
                .orElseThrow(() -> new ResourceNotFoundException("No article with id " + id + "."));
        if (expectedVersion != null && article.getVersion() != expectedVersion) {
            throw new VersionConflictException(expectedVersion, article.getVersion());
        }
        return article;
    }

    private Instant now() {
        return ArticleService.micros(clock.instant());
    }
}
