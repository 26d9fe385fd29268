package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    @Override
    public Optional<Article> findPublishedBySlug(String slug) {
        return em.createQuery("select a from Article a join fetch a.author where a.slug = :slug and a.status = :published",
                        Article.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public List<Article> latestPublished(PublishedCursor after, int limit) {
        String jpql = "select a from Article a join fetch a.author where a.status = :published"
                + (after == null ? "" : " and (a.lastPublishedAt < :at or (a.lastPublishedAt = :at and a.id > :id))")
                + " order by a.lastPublishedAt desc, a.id";
        TypedQuery<Article> query = em.createQuery(jpql, Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED);
        if (after != null) {
            query.setParameter("at", after.publishedAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
