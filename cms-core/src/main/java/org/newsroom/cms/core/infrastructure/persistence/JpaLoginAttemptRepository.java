package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.user.LoginAttemptRepository;
import org.newsroom.cms.core.domain.user.LoginAttempts;
import org.newsroom.cms.core.domain.user.LoginAuditEvent;

/** Sign-in failure counts and the sign-in audit trail in PostgreSQL. */
@ApplicationScoped
public class JpaLoginAttemptRepository implements LoginAttemptRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public List<LoginAttempts> find(Collection<String> subjects) {
        return em.createQuery("select a from LoginAttempts a where a.subject in :subjects", LoginAttempts.class)
                .setParameter("subjects", subjects).getResultList();
    }

    @Override
    public LoginAttempts lockOrCreate(String subject) {
        // insert-if-absent first: two nodes counting the first failure of a subject must not both insert it
        em.createNativeQuery("insert into login_throttle (subject, failures, window_start, lockouts, last_failure_at) "
                        + "values (?1, 0, timestamptz 'epoch', 0, timestamptz 'epoch') on conflict (subject) do nothing")
                .setParameter(1, subject).executeUpdate();
        return em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<LoginAttempts> findForUpdate(String subject) {
        return Optional.ofNullable(em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void remove(LoginAttempts attempts) {
        em.remove(attempts);
    }

    @Override
    public int forgetQuiet(Instant before, Instant now) {
        return em.createQuery("delete from LoginAttempts a where a.lastFailureAt < :before "
                        + "and (a.lockedUntil is null or a.lockedUntil <= :now)")
                .setParameter("before", before).setParameter("now", now).executeUpdate();
    }

    @Override
    public void append(LoginAuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<LoginAuditEvent> auditOf(String subject) {
        return em.createQuery("select e from LoginAuditEvent e where e.subject = :subject order by e.id",
                LoginAuditEvent.class).setParameter("subject", subject).getResultList();
    }
}
