package org.newsroom.cms.core.application;

import java.time.Instant;
import java.util.List;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;

/** What readers get: the live revision's content, the article's public metadata, and its corrections. */
public record LiveArticle(Article article, ArticleContent content, List<Correction> corrections) {

    /** A live article (its live revision loaded) as readers see it, without its corrections (lists). */
    public static LiveArticle of(Article live) {
        return new LiveArticle(live, live.getLiveRevision().content(), List.of());
    }

    /**
     * When readers last saw it change: the latest of its last publication and its latest correction (feeds'
     * {@code updated}, sitemaps' {@code lastmod}), so a corrected story is announced again.
     */
    public Instant modifiedAt() {
        Instant at = article.getLastPublishedAt();
        for (Correction c : corrections) {
            if (at == null || c.getCorrectedAt().isAfter(at)) {
                at = c.getCorrectedAt();
            }
        }
        return at;
    }
}
