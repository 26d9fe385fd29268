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
 * A newsroom note on an article: made on its own, or given with a transition ("Shorter, please." with
 * CHANGES_REQUESTED), then marked with the state the article moved to, so the thread shows the whole
 * conversation. Append-only like the audit trail.
 */
@Entity
@Table(name = "editorial_comment")
public class EditorialComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The state the comment's transition moved the article to; null for a comment on its own. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ArticleStatus transition;

    protected EditorialComment() {
        // for JPA
    }

    public EditorialComment(UUID articleId, UUID authorId, String body, Instant createdAt) {
        this(articleId, authorId, body, createdAt, null);
    }

    /** @param transition the state the comment's transition moved the article to */
    public EditorialComment(UUID articleId, UUID authorId, String body, Instant createdAt, ArticleStatus transition) {
        this.transition = transition;
        this.articleId = articleId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public UUID getAuthorId() { return authorId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public ArticleStatus getTransition() { return transition; }
}
