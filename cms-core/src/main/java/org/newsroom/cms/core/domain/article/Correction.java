package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public correction: what was corrected and when, published with the corrected revision. Append-only. */
@Entity
@Table(name = "article_correction")
public class Correction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private Long revisionId;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;

    protected Correction() {
        // for JPA
    }

    public Correction(UUID articleId, Long revisionId, String note, Instant correctedAt, UUID actorId) {
        this.articleId = articleId;
        this.revisionId = revisionId;
        this.note = note;
        this.correctedAt = correctedAt;
        this.actorId = actorId;
    }

    public Long getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public Long getRevisionId() { return revisionId; }
    public String getNote() { return note; }
    public Instant getCorrectedAt() { return correctedAt; }
    public UUID getActorId() { return actorId; }
}
