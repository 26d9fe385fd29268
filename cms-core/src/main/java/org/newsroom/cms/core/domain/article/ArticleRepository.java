package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores articles. The public read methods ({@link #findLiveBySlug}, {@link #findLive}, {@link #liveIds},
 * {@link #livePage}, {@link #liveMonths}, {@link #liveFirstPublishedBetween}, {@link #liveFirstPublishedSince})
 * are the one place the visibility rule lives: an article is public when it has a live
 * revision and no embargo in force at {@code now}, the CMS clock's time passed in by the caller. Every
 * public path of core and plugins goes through them.
 */
public interface ArticleRepository {

    Optional<Article> find(UUID id);

    /** Loads and row-locks the article (without changing its version) to serialise work on it. */
    Optional<Article> findForUpdate(UUID id);

    boolean slugExists(String slug);

    void add(Article article);

    /** Makes pending changes hit the database now, so version conflicts surface inside the caller. */
    void flush();

    /** One page of the newsroom list: the articles {@code filter} selects, in {@code sort} order, authors loaded. */
    List<Article> search(ArticleFilter filter, ArticleSort sort, int offset, int limit);

    /** How many articles {@code filter} selects, on all pages. */
    long count(ArticleFilter filter);

    Optional<Article> findLiveBySlug(String slug, Instant now);

    /** The article at this slug in whatever state (for telling readers 410 from 404), author loaded. */
    Optional<Article> findBySlug(String slug);

    /** The publicly visible ones among these articles, with their live revisions loaded. */
    List<Article> findLive(Collection<UUID> ids, Instant now);

    /** The ids of the publicly visible ones among these articles. */
    Set<UUID> liveIds(Collection<UUID> ids, Instant now);

    /** The slugs of the publicly visible ones among these articles (nothing else loaded). */
    List<String> liveSlugs(Collection<UUID> ids, Instant now);

    /**
     * Live articles newest first by {@code order}, strictly after the cursor when one is given, among
     * {@code among} (all when null). Ties on the time are broken by id so paging never skips or repeats.
     */
    List<Article> livePage(Collection<UUID> among, PublishOrder order, PublishedCursor after, int limit, Instant now);

    /** Live articles whose live revision is in {@code section}, newest publication first, after the cursor. */
    List<Article> liveInSection(String section, PublishedCursor after, int limit, Instant now);

    /**
     * For each month (in {@code zone}) in which live articles were first published: how many, and the latest
     * publication among them; oldest month first. One grouped query, whatever the number of articles.
     */
    List<MonthTally> liveMonths(ZoneId zone, Instant now);

    /**
     * Live articles first published in {@code [from, to)}, oldest first (ties by id, so the split of a big month
     * into files is stable), skipping {@code offset}, at most {@code limit}; live revisions loaded.
     */
    List<Article> liveFirstPublishedBetween(Instant from, Instant to, int offset, int limit, Instant now);

    /**
     * Live articles first published at or after {@code since}, newest first, at most {@code limit}; live revisions
     * loaded.
     */
    List<Article> liveFirstPublishedSince(Instant since, int limit, Instant now);

    /** One month of first publications: how many live articles, and when the latest of them was last published. */
    record MonthTally(YearMonth month, long articles, Instant lastPublishedAt) {
    }

    /** Which publication time orders a public list. */
    enum PublishOrder { LAST_PUBLISHED, FIRST_PUBLISHED }

    /**
     * Claims up to {@code limit} scheduled articles that are due (publish time and any embargo passed),
     * locking their rows; rows another transaction holds are skipped, so concurrent claimants on any
     * number of nodes never get the same article.
     */
    List<Article> claimDueForPublication(Instant now, int limit);

    /** Position in the public list: the last article seen. */
    record PublishedCursor(Instant publishedAt, UUID id) {
    }
}
