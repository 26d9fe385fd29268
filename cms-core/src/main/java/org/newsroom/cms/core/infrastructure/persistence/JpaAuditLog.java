package org.newsroom.cms.core.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.AuditQuery;
import org.newsroom.cms.core.domain.audit.EditorialComment;

/**
 * The audit trail and comments in PostgreSQL; the identity column gives the order of events, so keyset
 * paging is by id alone (indexes on actor, subject, type and plugin each end with it).
 */
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
    public List<AuditEvent> search(AuditQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.actorIds() != null) {
            List<String> either = new ArrayList<>();
            if (!q.actorIds().isEmpty()) {
                either.add("e.actorId in :actors");
                params.put("actors", q.actorIds());
            }
            if (q.systemActor()) {
                either.add("e.actorId is null");
            }
            where.add(either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")");
        }
        List<String> kinds = new ArrayList<>();
        if (!q.subjectTypes().isEmpty()) {
            kinds.add("e.subjectType in :subjectTypes");
            params.put("subjectTypes", q.subjectTypes());
        }
        if (!q.types().isEmpty()) {
            kinds.add("e.type in :types");
            params.put("types", q.types());
        }
        if (!kinds.isEmpty()) {
            where.add("(" + String.join(" or ", kinds) + ")");
        }
        condition(where, params, "e.subject = :subject", "subject", q.subject());
        condition(where, params, "e.pluginId = :pluginId", "pluginId", q.pluginId());
        condition(where, params, "e.occurredAt >= :from", "from", q.from());
        condition(where, params, "e.occurredAt < :to", "to", q.to());
        condition(where, params, q.newestFirst() ? "e.id < :after" : "e.id > :after", "after", q.afterId());
        String jpql = "select e from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.id" + (q.newestFirst() ? " desc" : "");
        TypedQuery<AuditEvent> query = em.createQuery(jpql, AuditEvent.class).setMaxResults(q.limit());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    @Override
    public Map<UUID, String> headlines(Collection<UUID> articleIds) {
        Map<UUID, String> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        em.createQuery("select a.id, a.headline from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(row -> out.put((UUID) row[0], (String) row[1]));
        return out;
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
