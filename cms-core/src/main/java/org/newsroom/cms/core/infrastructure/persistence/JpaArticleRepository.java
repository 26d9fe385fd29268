package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/** Articles in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<Article> find(UUID id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean slugExists(String slug) {
        return !em.createQuery("select 1 from Article a where a.slug = :slug", Integer.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Article> search(ArticleStatus status, UUID authorId, int offset, int limit) {
        TypedQuery<Article> query = filtered("select a from Article a join fetch a.author", status, authorId,
                " order by a.updatedAt desc, a.id", Article.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ArticleStatus status, UUID authorId) {
        return filtered("select count(a) from Article a", status, authorId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, ArticleStatus status, UUID authorId, String order,
                                       Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (authorId != null) {
            jpql.append(" and a.author.id = :author");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        return query;
    }

    /** The public visibility rule, shared by every public query. */
    private static final String LIVE = "a.liveRevision is not null and (a.embargoUntil is null or a.embargoUntil <= :now)";

    @Override
    public Optional<Article> findLiveBySlug(String slug, Instant now) {
        return em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision "
                        + "where a.slug = :slug and " + LIVE, Article.class)
                .setParameter("slug", slug)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    @Override
    public List<Article> findLive(java.util.Collection<UUID> ids, Instant now) {
        return em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision "
                        + "where a.id in :ids and " + LIVE, Article.class)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Article> latestLive(PublishedCursor after, int limit, Instant now) {
        String jpql = "select a from Article a join fetch a.author join fetch a.liveRevision where " + LIVE
                + (after == null ? "" : " and (a.lastPublishedAt < :at or (a.lastPublishedAt = :at and a.id > :id))")
                + " order by a.lastPublishedAt desc, a.id";
        TypedQuery<Article> query = em.createQuery(jpql, Article.class).setParameter("now", now);
        if (after != null) {
            query.setParameter("at", after.publishedAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Article> claimDueForPublication(Instant now, int limit) {
        return em.createNativeQuery("select * from article where status = 'SCHEDULED' and scheduled_publish_at <= ?1 "
                        + "and (embargo_until is null or embargo_until <= ?1) "
                        + "order by scheduled_publish_at, id limit ?2 for update skip locked", Article.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }
}
