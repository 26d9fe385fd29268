package org.newsroom.cms.core.domain.preview;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link that shows one article's current working copy to someone outside the newsroom, until it expires or
 * is revoked. Holds the SHA-256 of its token ({@link PreviewTokens}), never the token: the token is shown
 * once, to its creator, when the link is made.
 */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private UUID revokedBy;

    protected PreviewLink() {
        // for JPA
    }

    public PreviewLink(UUID articleId, String tokenHash, UUID createdBy, Instant now, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a preview link must live for some time");
        }
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Whether the link opens the preview at {@code now}: neither revoked nor expired. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** Revokes the link; a link revoked already keeps who revoked it first and when. */
    public void revoke(UUID by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public UUID getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public String getTokenHash() { return tokenHash; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public UUID getRevokedBy() { return revokedBy; }
}
