package org.newsroom.cms.core.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores notifications. */
public interface NotificationRepository {

    void add(Notification notification);

    /**
     * One notification of {@code kind} to every active editor and admin except {@code except}, in one
     * statement however many there are.
     *
     * @return how many were written
     */
    int addForEditors(NotificationKind kind, UUID articleId, UUID actorId, String comment, Instant now, UUID except);

    Optional<Notification> find(UUID id);

    /** The user's notifications, newest first, with the article's current headline and the actor's username and display name. */
    List<Listed> newest(UUID recipientId, int limit);

    long unread(UUID recipientId);

    /** Marks every unread notification of the user read. */
    int markAllRead(UUID recipientId, Instant now);

    /** A notification as listed: with what it refers to by id resolved. */
    record Listed(Notification notification, String headline, String actorUsername, String actorName) {
    }
}
