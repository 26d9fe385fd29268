package org.newsroom.cms.core.infrastructure.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.article.EditLock;
import org.newsroom.cms.core.domain.article.EditLockRepository;

/** Edit locks in PostgreSQL. */
@ApplicationScoped
public class JpaEditLockRepository implements EditLockRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<EditLock> findForUpdate(UUID articleId) {
        return Optional.ofNullable(em.find(EditLock.class, articleId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<EditLock> find(UUID articleId) {
        return Optional.ofNullable(em.find(EditLock.class, articleId));
    }

    @Override
    public void add(EditLock lock) {
        em.persist(lock);
    }

    @Override
    public void remove(EditLock lock) {
        em.remove(lock);
    }
}
