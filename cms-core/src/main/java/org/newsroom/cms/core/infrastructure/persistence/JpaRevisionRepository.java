package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;

/** Revisions and corrections in PostgreSQL. */
@ApplicationScoped
public class JpaRevisionRepository implements RevisionRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public void add(Revision revision) {
        em.persist(revision);
    }

    @Override
    public Optional<Revision> find(UUID articleId, int number) {
        return em.createQuery("select r from Revision r where r.articleId = :id and r.number = :n", Revision.class)
                .setParameter("id", articleId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<Revision> list(UUID articleId) {
        return em.createQuery("select r from Revision r where r.articleId = :id order by r.number", Revision.class)
                .setParameter("id", articleId).getResultList();
    }

    @Override
    public void add(Correction correction) {
        em.persist(correction);
    }

    @Override
    public List<Correction> corrections(UUID articleId) {
        return em.createQuery("select c from Correction c where c.articleId = :id order by c.id", Correction.class)
                .setParameter("id", articleId).getResultList();
    }
}
