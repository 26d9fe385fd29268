package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    @Override
    public List<Correction> corrections(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Correction> found = new ArrayList<>();
        for (List<UUID> chunk : JpaArticleRepository.chunks(articleIds)) {
            found.addAll(em.createQuery("select c from Correction c where c.articleId in :ids order by c.id",
                            Correction.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    @Override
    public List<Correction> recentLiveCorrections(int limit, Instant now) {
        return em.createQuery("select c from Correction c join Article a on a.id = c.articleId where "
                        + JpaArticleRepository.LIVE + " order by c.correctedAt desc, c.id desc", Correction.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
