package org.newsroom.cms.core.domain.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing one user is told about one article; only whether it was read ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    /** Who did what the notification is about; null for nobody in particular. */
    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(updatable = false)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(UUID recipientId, NotificationKind kind, UUID articleId, UUID actorId, String comment,
                        Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.articleId = articleId;
        this.actorId = actorId;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isFor(UUID userId) {
        return recipientId.equals(userId);
    }

    public UUID getId() { return id; }
    public UUID getRecipientId() { return recipientId; }
    public NotificationKind getKind() { return kind; }
    public UUID getArticleId() { return articleId; }
    public UUID getActorId() { return actorId; }
    public String getComment() { return comment; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
