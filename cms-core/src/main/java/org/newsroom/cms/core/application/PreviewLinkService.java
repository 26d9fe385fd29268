package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.audit.AuditDetails;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.preview.PreviewLink;
import org.newsroom.cms.core.domain.preview.PreviewLinkRepository;
import org.newsroom.cms.core.domain.preview.PreviewTokens;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * Previews of an article's unpublished working copy: the newsroom's own ({@link #preview}, for whoever may see
 * the article, as the editor page is), and share links for people outside the newsroom. Anyone who may see
 * the article makes a link (valid {@value #DEFAULT_HOURS} hours unless asked otherwise, 1 to
 * {@value #MAX_HOURS}) and lists its links; the link's creator, editors and admins revoke one. Making and
 * revoking are audited in the article's trail with the expiry. A link opens the current working copy (later
 * edits show) until it expires or is revoked, or the article is killed: a killed story is never shown again.
 */
@ApplicationScoped
@Transactional
public class PreviewLinkService {

    public static final int DEFAULT_HOURS = 48;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 720;

    /**
     * A link as the newsroom sees it (never its token).
     *
     * @param createdBy the creator's username
     * @param active    whether it opens the preview now
     * @param mayRevoke whether the viewer may revoke it (it is active, and they made it or are an editor or admin)
     */
    public record LinkView(UUID id, UUID articleId, String createdBy, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, boolean active, boolean mayRevoke) {
    }

    /** A link just made, with its token: the only time the token is known outside the creator's browser. */
    public record CreatedLink(LinkView link, String token) {
    }

    @Inject
    ArticleService articles;
    @Inject
    ArticleRepository articleRepository;
    @Inject
    RevisionRepository revisions;
    @Inject
    PreviewLinkRepository links;
    @Inject
    UserRepository users;
    @Inject
    AuditLog auditLog;
    @Inject
    Clock clock;

    /** The working copy as {@code viewer} previews it in the newsroom: 404 when they may not see the article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingPreview preview(Actor viewer, UUID articleId) {
        return of(articles.read(viewer, articleId));
    }

    /**
     * Makes a share link to the article's working copy.
     *
     * @param hours how long it lasts, {@value #MIN_HOURS}–{@value #MAX_HOURS}; null for {@value #DEFAULT_HOURS}
     * @throws ValidationException naming {@code hours} when out of range
     * @throws ConflictException   for a killed article
     */
    public CreatedLink create(Actor actor, UUID articleId, Integer hours) {
        int lifetime = hours(hours);
        Article article = articles.read(actor, articleId);
        if (article.getStatus() == ArticleStatus.KILLED) {
            throw new ConflictException(Message.of("preview.killed"));
        }
        String token = PreviewTokens.generate();
        Instant now = now();
        PreviewLink link = new PreviewLink(article.getId(), PreviewTokens.hash(token), actor.id(), now,
                Duration.ofHours(lifetime));
        links.add(link);
        auditLog.append(AuditEvent.aboutArticle(article.getId(), actor.id(), AuditEvent.Action.PREVIEW_LINK_CREATED,
                "Preview link valid until " + link.getExpiresAt(), AuditDetails.toJson(details(link, lifetime)), now));
        return new CreatedLink(view(link, actor, now, new HashMap<>()), token);
    }

    /** The article's links, newest first, active or not: 404 when {@code viewer} may not see the article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LinkView> links(Actor viewer, UUID articleId) {
        Article article = articles.read(viewer, articleId);
        Instant now = clock.instant();
        Map<UUID, String> names = new HashMap<>();
        return links.ofArticle(article.getId()).stream().map(l -> view(l, viewer, now, names)).toList();
    }

    /** Only the article's active links ({@link #links} filtered), for the editor's panel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LinkView> activeLinks(Actor viewer, UUID articleId) {
        return links(viewer, articleId).stream().filter(LinkView::active).toList();
    }

    /**
     * Revokes a link of the article (done at once on every node: the next request finds it revoked). Revoking
     * a link already revoked or expired changes nothing and is not audited again.
     *
     * @throws ResourceNotFoundException     for an article the actor may not see, or a link not of this article
     * @throws PermissionDeniedException     unless the actor made the link or is an editor or admin
     */
    public void revoke(Actor actor, UUID articleId, UUID linkId) {
        Article article = articles.read(actor, articleId);
        PreviewLink link = links.find(linkId).filter(l -> l.getArticleId().equals(article.getId()))
                .orElseThrow(() -> new ResourceNotFoundException(Message.of("preview.linkNotFound", linkId)));
        if (!mayRevoke(actor, link)) {
            throw new PermissionDeniedException(Message.of("preview.mayNotRevoke"));
        }
        Instant now = now();
        if (!link.isActiveAt(now)) {
            return;
        }
        link.revoke(actor.id(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("link", link.getId().toString());
        details.put("expiresAt", link.getExpiresAt().toString());
        auditLog.append(AuditEvent.aboutArticle(article.getId(), actor.id(), AuditEvent.Action.PREVIEW_LINK_REVOKED,
                "Preview link revoked (it was valid until " + link.getExpiresAt() + ")", AuditDetails.toJson(details),
                now));
    }

    /**
     * What a share link shows now: the article's current working copy, or empty when the token is not one of
     * ours, or its link expired or was revoked, or the article was killed. Which of these it was is not said.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WorkingPreview> open(String token) {
        if (!PreviewTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(PreviewTokens.hash(token)).filter(l -> l.isActiveAt(now))
                .flatMap(l -> articleRepository.find(l.getArticleId()))
                .filter(a -> a.getStatus() != ArticleStatus.KILLED)
                .map(this::of);
    }

    /** The hours asked for, checked: null is the default. */
    static int hours(Integer hours) {
        if (hours == null) {
            return DEFAULT_HOURS;
        }
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            throw ValidationException.of("hours", Message.of("preview.hours", MIN_HOURS, MAX_HOURS, DEFAULT_HOURS));
        }
        return hours;
    }

    static boolean mayRevoke(Actor actor, PreviewLink link) {
        return link.getCreatedBy().equals(actor.id()) || actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
    }

    private WorkingPreview of(Article article) {
        return new WorkingPreview(article, article.content(), revisions.corrections(article.getId()));
    }

    private LinkView view(PreviewLink link, Actor viewer, Instant now, Map<UUID, String> names) {
        boolean active = link.isActiveAt(now);
        String creator = names.computeIfAbsent(link.getCreatedBy(),
                id -> users.find(id).map(User::getUsername).orElse("unknown"));
        return new LinkView(link.getId(), link.getArticleId(), creator, link.getCreatedAt(), link.getExpiresAt(),
                link.getRevokedAt(), active, active && mayRevoke(viewer, link));
    }

    private static Map<String, Object> details(PreviewLink link, int hours) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("link", link.getId().toString());
        details.put("expiresAt", link.getExpiresAt().toString());
        details.put("hours", hours);
        return details;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
