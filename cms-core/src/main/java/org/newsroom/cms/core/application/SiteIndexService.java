package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleRepository.MonthTally;

/**
 * What search engines are told exists: the site's article sitemaps, one per month of first publication in
 * the newsroom's time zone (a month of more than {@value #MAX_URLS} stories split into numbered parts), and the
 * Google News sitemap (stories first published in the last {@link #NEWS_WINDOW}, at most {@value #MAX_NEWS}).
 * A sitemap file is one query. Visibility is the repository's live rule on the CMS clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteIndexService {

    /** The sitemap protocol's limit of URLs per file. */
    public static final int MAX_URLS = 50_000;
    /** Google News: only stories published in the last two days… */
    public static final Duration NEWS_WINDOW = Duration.ofHours(48);
    /** …and at most this many per news sitemap. */
    public static final int MAX_NEWS = 1_000;

    @Inject
    ArticleRepository articles;
    @Inject
    NewsroomSettings newsroom;
    @Inject
    Clock clock;

    public SiteIndexService() {
    }

    /** For tests. */
    public SiteIndexService(ArticleRepository articles, NewsroomSettings newsroom, Clock clock) {
        this.articles = articles;
        this.newsroom = newsroom;
        this.clock = clock;
    }

    /** Every article sitemap there is, oldest month first, with the latest publication it lists. */
    public List<SitemapFile> files() {
        List<SitemapFile> files = new ArrayList<>();
        for (MonthTally m : articles.liveMonths(zone(), clock.instant())) {
            long parts = Math.max(1, (m.articles() + MAX_URLS - 1) / MAX_URLS);
            for (int part = 1; part <= parts; part++) {
                files.add(new SitemapFile(m.month(), part, m.lastPublishedAt()));
            }
        }
        return files;
    }

    /**
     * The stories of one sitemap file: part {@code part} (from 1) of those first published in {@code month},
     * oldest first; empty when the file does not exist.
     */
    public List<LiveArticle> file(YearMonth month, int part) {
        if (part < 1) {
            return List.of();
        }
        Instant from = month.atDay(1).atStartOfDay(zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
        return live(articles.liveFirstPublishedBetween(from, to, (part - 1) * MAX_URLS, MAX_URLS, clock.instant()));
    }

    /** The news sitemap's stories: first published in the last 48 hours, newest first, at most 1,000. */
    public List<LiveArticle> news() {
        Instant now = clock.instant();
        return live(articles.liveFirstPublishedSince(now.minus(NEWS_WINDOW), MAX_NEWS, now));
    }

    public ZoneId zone() {
        return newsroom.timeZone();
    }

    private static List<LiveArticle> live(List<Article> found) {
        return found.stream().map(LiveArticle::of).toList();
    }

    /**
     * One article sitemap: {@code /sitemaps/articles-2026-12.xml}, and {@code -2.xml}… for the further parts of a
     * big month.
     *
     * @param lastPublishedAt the latest publication of the month's stories (the file's {@code lastmod})
     */
    public record SitemapFile(YearMonth month, int part, Instant lastPublishedAt) {

        /** The file's site-relative path. */
        public String path() {
            return "/sitemaps/articles-" + month + (part == 1 ? "" : "-" + part) + ".xml";
        }
    }
}
