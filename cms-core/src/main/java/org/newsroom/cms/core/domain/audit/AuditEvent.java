package org.newsroom.cms.core.domain.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * One entry of an article's audit trail: who did what, when, from which state to which, and why.
 * Append-only: there are no setters, and the database refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** What happened. Transitions carry from/to states; the others may not. */
    public enum Action {
        CREATED,
        TRANSITION,
        /** The working copy of a live article went live with a public correction note. */
        CORRECTED,
        /** The working copy of a live article went live without a correction (a developing story). */
        REPUBLISHED,
        RESCHEDULED,
        EMBARGO_CHANGED,
        RESTORED,
        LOCK_TAKEN_OVER
    }

    /** {@code performedBy} of events the system made on a user's behalf (e.g. scheduled publishing). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ArticleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private ArticleStatus toStatus;

    @Column(updatable = false)
    private String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** Null when the actor did it; {@link #SYSTEM} when the system acted on the actor's behalf. */
    @Column(name = "performed_by", updatable = false)
    private String performedBy;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(UUID articleId, UUID actorId, Action action, ArticleStatus fromStatus, ArticleStatus toStatus,
                      String comment, Instant occurredAt) {
        this(articleId, actorId, action, fromStatus, toStatus, comment, occurredAt, null);
    }

    public AuditEvent(UUID articleId, UUID actorId, Action action, ArticleStatus fromStatus, ArticleStatus toStatus,
                      String comment, Instant occurredAt, String performedBy) {
        this.performedBy = performedBy;
        this.articleId = articleId;
        this.actorId = actorId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public UUID getActorId() { return actorId; }
    public Action getAction() { return action; }
    public ArticleStatus getFromStatus() { return fromStatus; }
    public ArticleStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getPerformedBy() { return performedBy; }
}
