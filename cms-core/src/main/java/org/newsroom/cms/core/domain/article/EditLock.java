package org.newsroom.cms.core.domain.article;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who is editing an article right now. Advisory, on top of optimistic locking: it expires after an
 * idle time unless refreshed by a heartbeat, and an editor can take it over (the previous holder is
 * remembered so their next save can be told why it failed).
 */
@Entity
@Table(name = "article_edit_lock")
public class EditLock {

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Column(name = "holder_id", nullable = false)
    private UUID holderId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "taken_over_from")
    private UUID takenOverFrom;

    @Column(name = "taken_over_at")
    private Instant takenOverAt;

    protected EditLock() {
        // for JPA
    }

    public EditLock(UUID articleId, UUID holderId, Instant now, Duration idle) {
        this.articleId = articleId;
        grant(holderId, now, idle);
    }

    public boolean isActive(Instant now) {
        return expiresAt.isAfter(now);
    }

    public boolean isHeldBy(UUID userId, Instant now) {
        return isActive(now) && holderId.equals(userId);
    }

    /** A fresh lock for {@code userId}; forgets any earlier takeover. */
    public void grant(UUID userId, Instant now, Duration idle) {
        holderId = userId;
        takenAt = now;
        expiresAt = now.plus(idle);
        takenOverFrom = null;
        takenOverAt = null;
    }

    public void refresh(Instant now, Duration idle) {
        expiresAt = now.plus(idle);
    }

    public void takeOver(UUID newHolder, Instant now, Duration idle) {
        UUID previous = holderId;
        grant(newHolder, now, idle);
        takenOverFrom = previous;
        takenOverAt = now;
    }

    /** Whether {@code userId} lost this lock to a takeover (and the lock is still held by someone else). */
    public boolean wasTakenFrom(UUID userId, Instant now) {
        return isActive(now) && userId.equals(takenOverFrom);
    }

    public UUID getArticleId() { return articleId; }
    public UUID getHolderId() { return holderId; }
    public Instant getTakenAt() { return takenAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public UUID getTakenOverFrom() { return takenOverFrom; }
    public Instant getTakenOverAt() { return takenOverAt; }
}
