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
 * One entry of the audit trail: who did what to which subject, when, and why. The subject is an article
 * (from which state to which, with the comment), a user account (what an admin or the user changed) or a
 * plugin (an admin's change to it, or an event the plugin recorded itself, {@link #getPluginId()} set).
 * Append-only: there are no setters, and the database refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** What an event is about. */
    public enum SubjectType { ARTICLE, USER, PLUGIN }

    /**
     * What happened, for the events the core records. Transitions carry from/to states; the others may not.
     * Events a plugin records carry the plugin's own types instead ({@link #getType()}).
     */
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
        LOCK_TAKEN_OVER,
        /** Someone made a link that shares the working copy outside the newsroom (details: link, expiresAt). */
        PREVIEW_LINK_CREATED,
        /** Someone revoked a preview link (details: link, expiresAt). */
        PREVIEW_LINK_REVOKED,
        /** An admin created an account (details: displayName, roles). */
        USER_CREATED,
        /** An admin replaced an account's roles (details: old, new). */
        USER_ROLES_CHANGED,
        USER_DEACTIVATED,
        USER_ACTIVATED,
        /** An admin set an account's password (never in the details). */
        USER_PASSWORD_RESET,
        /** An admin lifted an account's sign-in lock (details: wasLocked, failures). */
        USER_LOGIN_UNLOCKED,
        /** The user changed their own display name or UI language (details: each field old → new). */
        USER_PROFILE_CHANGED,
        /** The user changed their own password. */
        USER_PASSWORD_CHANGED,
        PLUGIN_ENABLED,
        PLUGIN_DISABLED,
        /** An admin changed a plugin's configuration (details: old, new; secrets masked). */
        PLUGIN_CONFIGURED
    }

    /** {@code performedBy} of events the system made on a user's behalf (e.g. scheduled publishing). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private SubjectType subjectType;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** Set for article events only. */
    @Column(name = "article_id", updatable = false)
    private UUID articleId;

    /** Null for "system": a plugin's event outside any signed-in request. */
    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    /** An {@link Action} name for core events, the plugin's own type for plugin events. */
    @Column(name = "action", nullable = false, updatable = false)
    private String type;

    @Column(name = "plugin_id", updatable = false)
    private String pluginId;

    /** A JSON object, or null. */
    @Column(updatable = false)
    private String details;

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
        this.subjectType = SubjectType.ARTICLE;
        this.subject = articleId.toString();
        this.articleId = articleId;
        this.actorId = actorId;
        this.type = action.name();
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.occurredAt = occurredAt;
    }

    private AuditEvent(SubjectType subjectType, String subject, String pluginId, UUID actorId, String type,
                       String details, Instant occurredAt) {
        this.subjectType = subjectType;
        this.subject = subject;
        this.pluginId = pluginId;
        this.actorId = actorId;
        this.type = type;
        this.details = details;
        this.occurredAt = occurredAt;
    }

    /** An event about the article {@code articleId} that carries details rather than a state change. */
    public static AuditEvent aboutArticle(UUID articleId, UUID actorId, Action action, String comment, String details,
                                          Instant at) {
        AuditEvent event = new AuditEvent(articleId, actorId, action, null, null, comment, at);
        event.details = details;
        return event;
    }

    /** An event about the account {@code username}, done by {@code actorId} (an admin, or the user). */
    public static AuditEvent aboutUser(String username, UUID actorId, Action action, String details, Instant at) {
        return new AuditEvent(SubjectType.USER, username, null, actorId, action.name(), details, at);
    }

    /** An admin's change to the plugin {@code pluginId}. */
    public static AuditEvent aboutPlugin(String pluginId, UUID actorId, Action action, String details, Instant at) {
        return new AuditEvent(SubjectType.PLUGIN, pluginId, null, actorId, action.name(), details, at);
    }

    /** An event the plugin {@code pluginId} recorded about its own {@code subject}; {@code actorId} null for system. */
    public static AuditEvent byPlugin(String pluginId, String subject, UUID actorId, String type, String details,
                                      Instant at) {
        return new AuditEvent(SubjectType.PLUGIN, subject, pluginId, actorId, type, details, at);
    }

    public Long getId() { return id; }
    public SubjectType getSubjectType() { return subjectType; }
    public String getSubject() { return subject; }
    public UUID getArticleId() { return articleId; }
    public UUID getActorId() { return actorId; }
    public String getType() { return type; }
    public String getPluginId() { return pluginId; }
    public String getDetails() { return details; }

    /** The core's action; null for an event a plugin recorded with a type of its own. */
    public Action getAction() {
        if (pluginId != null) {
            return null;
        }
        try {
            return Action.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public ArticleStatus getFromStatus() { return fromStatus; }
    public ArticleStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getPerformedBy() { return performedBy; }
}
