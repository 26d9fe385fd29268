package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.newsroom.cms.core.domain.user.User;

/**
 * The article aggregate: editorial content plus its place in the workflow.
 * <p>
 * The article row holds the working copy (the latest {@link Revision}); readers see the live revision,
 * which only publishing moves. Status changes only through {@link #moveTo} and {@link #goLive}, which the
 * application services call after the {@link org.newsroom.cms.core.domain.workflow.Workflow} has
 * allowed them. The version guards against lost updates (optimistic locking).
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

    /** Number of the latest revision: the working copy. */
    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    /** What readers see; null when nothing is live. Edits never touch it, only publishing does. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_revision_id")
    private Revision liveRevision;

    @Column(name = "live_revision_number")
    private Integer liveRevisionNumber;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "scheduled_publish_at")
    private Instant scheduledPublishAt;

    @Column(name = "scheduled_by")
    private UUID scheduledBy;

    /** The revision that was the working copy when the article was last submitted for review; null if never. */
    @Column(name = "submitted_revision")
    private Integer submittedRevision;

    /** The revision submitted the time before that: what a reviewer saw in the previous round; null if none. */
    @Column(name = "previous_submitted_revision")
    private Integer previousSubmittedRevision;

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

    /** The working copy's editorial fields. */
    public ArticleContent content() {
        Dateline d = getDateline();
        return new ArticleContent(headline, standfirst, body, d.getPlace(), d.getSource(), language, section);
    }

    /** Records a saved revision as the new working copy. */
    public void recordRevision(Revision revision) {
        currentRevision = revision.getNumber();
    }

    /**
     * Any workflow move except publishing. Unpublishing and killing take the live copy down; leaving
     * SCHEDULED forgets the schedule; submitting remembers the working copy's revision, the base a reviewer
     * compares with.
     */
    public void moveTo(ArticleStatus target, Instant now) {
        if (target == ArticleStatus.PUBLISHED || target == ArticleStatus.SCHEDULED) {
            throw new IllegalArgumentException("use goLive or schedule to move to " + target);
        }
        if (target == ArticleStatus.IN_REVIEW) {
            previousSubmittedRevision = submittedRevision;
            submittedRevision = currentRevision;
        }
        if (target == ArticleStatus.UNPUBLISHED || target == ArticleStatus.KILLED) {
            liveRevision = null;
            liveRevisionNumber = null;
        }
        clearSchedule();
        status = target;
        updatedAt = now;
    }

    /** Makes {@code revision} what readers see and stamps the publish dates (first one only once). */
    public void goLive(Revision revision, Instant now) {
        liveRevision = revision;
        liveRevisionNumber = revision.getNumber();
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        lastPublishedAt = now;
        clearSchedule();
        status = ArticleStatus.PUBLISHED;
        updatedAt = now;
    }

    public void schedule(Instant publishAt, UUID editorId, Instant now) {
        scheduledPublishAt = publishAt;
        scheduledBy = editorId;
        status = ArticleStatus.SCHEDULED;
        updatedAt = now;
    }

    public void embargoUntil(Instant until) {
        embargoUntil = until;
    }

    public boolean isEmbargoedAt(Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }

    public boolean isLive() {
        return liveRevisionNumber != null;
    }

    /**
     * Killed after readers saw it: its addresses answer 410 Gone for good. A killed draft was never public,
     * so its slug answers 404 and does not leak.
     */
    public boolean isGone() {
        return status == ArticleStatus.KILLED && firstPublishedAt != null;
    }

    /** Whether revision {@code number} is what readers see. */
    public boolean isLiveRevision(int number) {
        return liveRevisionNumber != null && liveRevisionNumber == number;
    }

    /** Whether the working copy has changes readers do not see yet. */
    public boolean hasUnpublishedChanges() {
        return liveRevisionNumber != null && liveRevisionNumber != currentRevision;
    }

    private void clearSchedule() {
        scheduledPublishAt = null;
        scheduledBy = null;
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
    public int getCurrentRevision() { return currentRevision; }
    /** Lazily loaded: read it inside a transaction or a query that fetches it. */
    public Revision getLiveRevision() { return liveRevision; }
    public Integer getLiveRevisionNumber() { return liveRevisionNumber; }
    public Instant getEmbargoUntil() { return embargoUntil; }
    public Instant getScheduledPublishAt() { return scheduledPublishAt; }
    public UUID getScheduledBy() { return scheduledBy; }
    public Integer getSubmittedRevision() { return submittedRevision; }
    public Integer getPreviousSubmittedRevision() { return previousSubmittedRevision; }
}
