package org.newsroom.cms.core.domain.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed-in browser of the newsroom UI. The row is keyed by the SHA-256 of the cookie's token, never the
 * token itself; it carries the session's CSRF token and the time it was last used (for the idle timeout).
 */
@Entity
@Table(name = "newsroom_session")
public class NewsroomSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "csrf_token", nullable = false, updatable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected NewsroomSession() {
        // for JPA
    }

    public NewsroomSession(String tokenHash, UUID userId, String csrfToken, Instant now) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    /** Whether the session was last used before {@code idleLimit}. */
    public boolean idleSince(Instant idleLimit) {
        return lastSeenAt.isBefore(idleLimit);
    }

    /** Records a use; returns whether the row changed (it does at most once per {@code minimumGap} seconds). */
    public boolean seen(Instant now, long minimumGapSeconds) {
        if (lastSeenAt.plusSeconds(minimumGapSeconds).isAfter(now)) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    public UUID getUserId() { return userId; }
    public String getCsrfToken() { return csrfToken; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
}
