package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.notification.Notification;
import org.newsroom.cms.core.domain.notification.NotificationKind;
import org.newsroom.cms.core.domain.notification.NotificationRepository;

/** Notifications in PostgreSQL. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public int addForEditors(NotificationKind kind, UUID articleId, UUID actorId, String comment, Instant now,
                             UUID except) {
        // one statement for the whole desk, however many editors it has; the casts type the parameters,
        // which PostgreSQL cannot infer in a select list
        return em.createNativeQuery("insert into notification (id, recipient_id, kind, article_id, actor_id, comment, "
                        + "created_at) select gen_random_uuid(), u.id, cast(?1 as varchar), cast(?2 as uuid), "
                        + "cast(?3 as uuid), cast(?4 as text), cast(?5 as timestamptz) from cms_user u "
                        + "where u.active and u.id is distinct from cast(?6 as uuid) "
                        + "and exists (select 1 from cms_user_role r where r.user_id = u.id "
                        + "and r.role in ('EDITOR', 'ADMIN'))")
                .setParameter(1, kind.name())
                .setParameter(2, articleId)
                .setParameter(3, actorId)
                .setParameter(4, comment)
                .setParameter(5, now)
                .setParameter(6, except)
                .executeUpdate();
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Listed> newest(UUID recipientId, int limit) {
        return em.createQuery("select n, a.headline, u.username, u.displayName from Notification n "
                        + "join Article a on a.id = n.articleId left join User u on u.id = n.actorId "
                        + "where n.recipientId = :recipient order by n.createdAt desc, n.id", Object[].class)
                .setParameter("recipient", recipientId)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new Listed((Notification) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    @Override
    public long unread(UUID recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :recipient "
                        + "and n.readAt is null", Long.class)
                .setParameter("recipient", recipientId).getSingleResult();
    }

    @Override
    public int markAllRead(UUID recipientId, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :recipient "
                        + "and n.readAt is null")
                .setParameter("now", now).setParameter("recipient", recipientId).executeUpdate();
    }
}
