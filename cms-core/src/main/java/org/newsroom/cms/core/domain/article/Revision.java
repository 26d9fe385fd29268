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
 * An immutable snapshot of an article's editorial fields, made by every save (and by create and
 * restore). Numbered 1, 2, 3… per article; {@code basedOn} is the revision the writer was editing,
 * {@code restoredFrom} the revision a restore copied. The database refuses to change or delete one.
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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String headline;

    @Column(updatable = false)
    private String standfirst;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "dateline_place", updatable = false)
    private String datelinePlace;

    @Column(name = "dateline_source", updatable = false)
    private String datelineSource;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(updatable = false)
    private String section;

    protected Revision() {
        // for JPA
    }

    public Revision(UUID articleId, int number, Integer basedOn, Integer restoredFrom, UUID authorId,
                    ArticleContent content, Instant createdAt) {
        this.articleId = articleId;
        this.number = number;
        this.basedOn = basedOn;
        this.restoredFrom = restoredFrom;
        this.authorId = authorId;
        this.createdAt = createdAt;
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
}
