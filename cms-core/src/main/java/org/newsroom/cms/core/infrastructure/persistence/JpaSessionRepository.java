package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.user.NewsroomSession;
import org.newsroom.cms.core.domain.user.SessionRepository;

/** Newsroom UI sessions in PostgreSQL ({@code newsroom_session}). */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<NewsroomSession> find(String tokenHash) {
        return Optional.ofNullable(em.find(NewsroomSession.class, tokenHash));
    }

    @Override
    public void add(NewsroomSession session) {
        em.persist(session);
    }

    @Override
    public void remove(String tokenHash) {
        em.createQuery("delete from NewsroomSession s where s.tokenHash = :hash")
                .setParameter("hash", tokenHash).executeUpdate();
    }

    @Override
    public int removeAllOf(UUID userId) {
        return em.createQuery("delete from NewsroomSession s where s.userId = :user")
                .setParameter("user", userId).executeUpdate();
    }

    @Override
    public int removeAllOfExcept(UUID userId, String keptTokenHash) {
        return em.createQuery("delete from NewsroomSession s where s.userId = :user and s.tokenHash <> :kept")
                .setParameter("user", userId).setParameter("kept", keptTokenHash).executeUpdate();
    }

    @Override
    public int removeIdle(Instant idleLimit) {
        return em.createQuery("delete from NewsroomSession s where s.lastSeenAt < :limit")
                .setParameter("limit", idleLimit).executeUpdate();
    }
}
