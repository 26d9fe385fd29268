package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.preview.PreviewLink;
import org.newsroom.cms.core.domain.preview.PreviewLinkRepository;

/** Preview links in PostgreSQL ({@code preview_link}, migration V11). */
@ApplicationScoped
public class JpaPreviewLinkRepository implements PreviewLinkRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public void add(PreviewLink link) {
        em.persist(link);
    }

    @Override
    public Optional<PreviewLink> find(UUID id) {
        return Optional.ofNullable(em.find(PreviewLink.class, id));
    }

    @Override
    public Optional<PreviewLink> findByTokenHash(String tokenHash) {
        return em.createQuery("select l from PreviewLink l where l.tokenHash = :hash", PreviewLink.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<PreviewLink> ofArticle(UUID articleId) {
        return em.createQuery("select l from PreviewLink l where l.articleId = :article "
                        + "order by l.createdAt desc, l.id", PreviewLink.class)
                .setParameter("article", articleId).getResultList();
    }
}
