package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.newsroom.cms.core.domain.user.User;

/**
 * The article aggregate: editorial content plus its place in the workflow.
 * <p>
 * Status changes only through {@link #moveTo}, which the application service calls after the
 * {@link org.newsroom.cms.core.domain.workflow.Workflow} has allowed them. The version guards against
 * lost updates (optimistic locking).
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String headline;

    private String standfirst;

    @Column(nullable = false)
    private String body;

    @Embedded
    private Dateline dateline;

    @Column(nullable = false)
    private String language;

    private String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private User author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "last_published_at")
    private Instant lastPublishedAt;

    @Version
    private long version;

    protected Article() {
        // for JPA
    }

    public Article(User author, String slug, ArticleContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.author = author;
        this.slug = slug;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    /** Replaces the editorial fields; the caller has validated and sanitised them. */
    public void apply(ArticleContent content, Instant now) {
        this.headline = content.headline();
        this.standfirst = content.standfirst();
        this.body = content.body();
        this.dateline = new Dateline(content.datelinePlace(), content.datelineSource());
        this.language = content.language();
        this.section = content.section();
        this.updatedAt = now;
    }

    /** Records a workflow move; publishing stamps the publish dates, which then outlive unpublishing. */
    public void moveTo(ArticleStatus target, Instant now) {
        if (target == ArticleStatus.PUBLISHED) {
            if (firstPublishedAt == null) {
                firstPublishedAt = now;
            }
            lastPublishedAt = now;
        }
        status = target;
        updatedAt = now;
    }

    /** Once readers have seen the URL it must keep working: the slug is frozen at first publication. */
    public boolean isSlugFrozen() {
        return firstPublishedAt != null;
    }

    public void changeSlug(String newSlug) {
        if (isSlugFrozen()) {
            throw new IllegalStateException("slug of a published article cannot change");
        }
        slug = newSlug;
    }

    public boolean isAuthoredBy(UUID userId) {
        return author.getId().equals(userId);
    }

    public UUID getId() { return id; }
    public String getSlug() { return slug; }
    public String getHeadline() { return headline; }
    public String getStandfirst() { return standfirst; }
    public String getBody() { return body; }
    public Dateline getDateline() { return dateline == null ? new Dateline(null, null) : dateline; }
    public String getLanguage() { return language; }
    public String getSection() { return section; }
    public ArticleStatus getStatus() { return status; }
    public User getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFirstPublishedAt() { return firstPublishedAt; }
    public Instant getLastPublishedAt() { return lastPublishedAt; }
    public long getVersion() { return version; }
}
