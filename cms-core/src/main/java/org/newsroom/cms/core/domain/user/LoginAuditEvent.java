package org.newsroom.cms.core.domain.user;

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

/** A sign-in lockout, or an admin lifting one. Append-only, like the article audit trail. */
@Entity
@Table(name = "login_audit")
public class LoginAuditEvent {

    public enum Action { LOCKED, UNLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private int failures;

    @Column(updatable = false)
    private String address;

    @Column(name = "locked_until", updatable = false)
    private Instant lockedUntil;

    @Column(name = "lock_seconds", updatable = false)
    private Integer lockSeconds;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    protected LoginAuditEvent() {
        // for JPA
    }

    private LoginAuditEvent(Instant occurredAt, Action action, String subject, int failures, String address,
                            Instant lockedUntil, Integer lockSeconds, UUID actorId) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.subject = subject;
        this.failures = failures;
        this.address = address;
        this.lockedUntil = lockedUntil;
        this.lockSeconds = lockSeconds;
        this.actorId = actorId;
    }

    public static LoginAuditEvent locked(String subject, int failures, String address, Instant now,
                                         java.time.Duration lock) {
        return new LoginAuditEvent(now, Action.LOCKED, subject, failures,
                address == null || address.length() <= 64 ? address : address.substring(0, 64), now.plus(lock),
                (int) lock.toSeconds(), null);
    }

    public static LoginAuditEvent unlocked(String subject, int failures, UUID admin, Instant now) {
        return new LoginAuditEvent(now, Action.UNLOCKED, subject, failures, null, null, null, admin);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Action getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public String getAddress() {
        return address;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Integer getLockSeconds() {
        return lockSeconds;
    }

    public UUID getActorId() {
        return actorId;
    }
}
