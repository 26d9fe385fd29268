package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.EditorialComment;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * What the newsroom said and did about an article, for {@link ArticleService}: the comment thread (comments on
 * their own and those given with transitions) and the audit trail, with usernames. Runs inside the caller's
 * transaction; the caller has checked the reader may see the article.
 */
@ApplicationScoped
class ArticleThread {

    @Inject
    AuditLog auditLog;
    @Inject
    ArticleRepository articles;
    @Inject
    UserRepository users;

    CommentEntry comment(Actor actor, Article article, String body, Instant now) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ValidationException.of("body", "is required: write the comment.");
        }
        if (text.length() > ArticleService.MAX_COMMENT) {
            throw ValidationException.of("body", "is " + text.length() + " characters; the limit is "
                    + ArticleService.MAX_COMMENT + ".");
        }
        EditorialComment comment = new EditorialComment(article.getId(), actor.id(), text, now);
        auditLog.append(comment);
        articles.flush();
        return new CommentEntry(comment.getId(), actor.username(), comment.getBody(), comment.getCreatedAt(), null);
    }

    /** The comment a transition carried, in the thread once, marked with the state the article moved to. */
    void transitionComment(Actor actor, Article article, String note, ArticleStatus target, Instant now) {
        auditLog.append(new EditorialComment(article.getId(), actor.id(), note, now, target));
    }

    List<CommentEntry> comments(UUID articleId) {
        Map<UUID, String> names = new HashMap<>();
        // by time: transition comments copied from the audit trail by V9 have later ids than their times
        return auditLog.commentsOn(articleId).stream()
                .sorted(Comparator.comparing(EditorialComment::getCreatedAt).thenComparing(EditorialComment::getId))
                .map(c -> new CommentEntry(c.getId(), username(names, c.getAuthorId()), c.getBody(), c.getCreatedAt(),
                        c.getTransition()))
                .toList();
    }

    List<AuditEntry> audit(UUID articleId) {
        Map<UUID, String> names = new HashMap<>();
        return auditLog.eventsOf(articleId).stream()
                .map(e -> new AuditEntry(e.getId(), e.getAction(), username(names, e.getActorId()),
                        e.getPerformedBy(), e.getFromStatus(), e.getToStatus(), e.getComment(), e.getOccurredAt()))
                .toList();
    }

    private String username(Map<UUID, String> cache, UUID userId) {
        return cache.computeIfAbsent(userId, uid -> users.find(uid).map(User::getUsername).orElse("unknown"));
    }
}
