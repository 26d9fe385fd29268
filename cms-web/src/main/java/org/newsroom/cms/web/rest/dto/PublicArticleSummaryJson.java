package org.newsroom.cms.web.rest.dto;

import java.time.Instant;

import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.domain.article.ArticleContent;

/** One item of the public list: enough to show a teaser and link to {@code /api/public/articles/{slug}}. */
public record PublicArticleSummaryJson(String slug, String headline, String standfirst, DatelineJson dateline,
                                       String language, String section, String author, Instant firstPublishedAt,
                                       Instant lastPublishedAt) {

    public static PublicArticleSummaryJson of(LiveArticle live) {
        ArticleContent c = live.content();
        return new PublicArticleSummaryJson(live.article().getSlug(), c.headline(), c.standfirst(),
                new DatelineJson(c.datelinePlace(), c.datelineSource()), c.language(), c.section(),
                live.article().getAuthor().getDisplayName(), live.article().getFirstPublishedAt(),
                live.article().getLastPublishedAt());
    }
}
