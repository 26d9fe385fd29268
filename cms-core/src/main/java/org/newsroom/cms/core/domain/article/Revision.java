package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A snapshot of an article's editorial fields, made by every save (and by create and restore). Numbered
 * 1, 2, 3… per article; {@code basedOn} is the revision the writer was editing, {@code restoredFrom} the
 * revision a restore copied.
 * <p>
 * A revision made by an autosave stays <em>open</em>: its author's next autosaves overwrite it in place
 * instead of adding one revision per pause in typing. An explicit save, a newer revision or any transition
 * closes it, and a closed revision is immutable. The database enforces it: it refuses to change a closed
 * revision, to reopen one, or to delete any, and closes the open one itself on every transition.
 */
@Entity
@Table(name = "article_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private UUID articleId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "based_on", updatable = false)
    private Integer basedOn;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    /** When the content was written: for an open revision, its latest autosave. */
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String headline;

    private String standfirst;

    @Column(nullable = false)
    private String body;

    @Column(name = "dateline_place")
    private String datelinePlace;

    @Column(name = "dateline_source")
    private String datelineSource;

    @Column(nullable = false)
    private String language;

    private String section;

    @Column(nullable = false)
    private boolean open;

    protected Revision() {
        // for JPA
    }

    /** A closed revision. */
    public Revision(UUID articleId, int number, Integer basedOn, Integer restoredFrom, UUID authorId,
                    ArticleContent content, Instant createdAt) {
        this(articleId, number, basedOn, restoredFrom, authorId, content, createdAt, false);
    }

    /** @param open true for an autosave, which later autosaves of its author may overwrite */
    public Revision(UUID articleId, int number, Integer basedOn, Integer restoredFrom, UUID authorId,
                    ArticleContent content, Instant createdAt, boolean open) {
        this.open = open;
        this.articleId = articleId;
        this.number = number;
        this.basedOn = basedOn;
        this.restoredFrom = restoredFrom;
        this.authorId = authorId;
        this.createdAt = createdAt;
        write(content);
    }

    /** Replaces the content of this open revision (an autosave by its author). */
    public void overwrite(ArticleContent content, Instant now) {
        if (!open) {
            throw new IllegalStateException("revision " + number + " of article " + articleId + " is closed");
        }
        createdAt = now;
        write(content);
    }

    /** No later autosave may overwrite it any more. */
    public void close() {
        open = false;
    }

    /** Whether later autosaves of {@code userId} fold into this revision. */
    public boolean isOpenFor(UUID userId) {
        return open && authorId.equals(userId);
    }

    private void write(ArticleContent content) {
        this.headline = content.headline();
        this.standfirst = content.standfirst();
        this.body = content.body();
        this.datelinePlace = content.datelinePlace();
        this.datelineSource = content.datelineSource();
        this.language = content.language();
        this.section = content.section();
    }

    public ArticleContent content() {
        return new ArticleContent(headline, standfirst, body, datelinePlace, datelineSource, language, section);
    }

    public Long getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public int getNumber() { return number; }
    public Integer getBasedOn() { return basedOn; }
    public Integer getRestoredFrom() { return restoredFrom; }
    public UUID getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isOpen() { return open; }
}
