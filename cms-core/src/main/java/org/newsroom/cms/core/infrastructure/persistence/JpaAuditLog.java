package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.EditorialComment;

/** The audit trail and comments in PostgreSQL; the identity column gives the order of events. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> eventsOf(UUID articleId) {
        return em.createQuery("select e from AuditEvent e where e.articleId = :id order by e.id", AuditEvent.class)
                .setParameter("id", articleId).getResultList();
    }

    @Override
    public void append(EditorialComment comment) {
        em.persist(comment);
    }

    @Override
    public List<EditorialComment> commentsOn(UUID articleId) {
        return em.createQuery("select c from EditorialComment c where c.articleId = :id order by c.id",
                        EditorialComment.class)
                .setParameter("id", articleId).getResultList();
    }
}
