package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.notification.Notification;
import org.newsroom.cms.core.domain.notification.NotificationKind;
import org.newsroom.cms.core.domain.notification.NotificationRepository;

/**
 * Tells the newsroom what needs it: every active editor and admin when an article is submitted for review;
 * the author when changes are requested (with the comment) or the article is published. Written in the
 * transaction of the transition, so a transition that fails tells nobody anything; nobody is told about what
 * they did themselves. Each user reads, counts and marks read only their own.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @Inject
    NotificationRepository notifications;
    @Inject
    Clock clock;

    /**
     * Records what the move of {@code article} from {@code from} to its current state means for whom.
     * Called by the workflow paths inside their transaction.
     *
     * @param actorId who moved it (for the scheduler: the editor who scheduled it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void transitioned(Article article, ArticleStatus from, UUID actorId, String comment) {
        ArticleStatus to = article.getStatus();
        if (to == from) {
            return; // a correction or republication of a live article is not news to its author
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID author = article.getAuthor().getId();
        switch (to) {
            case IN_REVIEW -> notifications.addForEditors(NotificationKind.SUBMITTED, article.getId(), actorId, null,
                    now, actorId);
            case CHANGES_REQUESTED -> tellAuthor(author, NotificationKind.CHANGES_REQUESTED, article, actorId,
                    comment, now);
            case PUBLISHED -> tellAuthor(author, NotificationKind.PUBLISHED, article, actorId, null, now);
            default -> { }
        }
    }

    private void tellAuthor(UUID author, NotificationKind kind, Article article, UUID actorId, String comment,
                            Instant now) {
        if (!author.equals(actorId)) {
            notifications.add(new Notification(author, kind, article.getId(), actorId, comment, now));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(Actor actor) {
        return notifications.unread(actor.id());
    }

    /**
     * The user's notifications, newest first.
     *
     * @param limit 1 to 100
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationView> list(Actor actor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT + ".");
        }
        return notifications.newest(actor.id(), limit).stream().map(l -> {
            Notification n = l.notification();
            return new NotificationView(n.getId(), n.getKind().name(), n.getArticleId(), l.headline(),
                    l.actorUsername(), n.getComment(), n.getCreatedAt(), n.isRead(), l.actorName());
        }).toList();
    }

    /** Marks one of the user's notifications read; someone else's is a 404, as if it did not exist. */
    public void markRead(Actor actor, UUID id) {
        open(actor, id);
    }

    /**
     * Marks one of the user's notifications read and says which article it is about and what happened (the
     * newsroom UI opens it); someone else's is a 404.
     */
    public Notification open(Actor actor, UUID id) {
        Notification n = notifications.find(id).filter(found -> found.isFor(actor.id()))
                .orElseThrow(() -> new ResourceNotFoundException("You have no notification " + id + "."));
        n.markRead(clock.instant().truncatedTo(ChronoUnit.MICROS));
        return n;
    }

    public void markAllRead(Actor actor) {
        notifications.markAllRead(actor.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
