package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;

/**
 * A published article as readers and machines get it: the live revision, no workflow or account
 * internals, its public corrections (note and time), oldest first, and what enabled plugins publish.
 */
public record PublicArticleJson(String slug, String headline, String standfirst, String body, DatelineJson dateline,
                                String language, String section, String author, Instant firstPublishedAt,
                                Instant lastPublishedAt, List<CorrectionJson> corrections,
                                Map<String, Object> plugins) {

    /** A public correction note. */
    public record CorrectionJson(String note, Instant correctedAt) {
        static CorrectionJson of(Correction c) {
            return new CorrectionJson(c.getNote(), c.getCorrectedAt());
        }
    }

    public static PublicArticleJson of(LiveArticle live, Map<String, Object> plugins) {
        ArticleContent c = live.content();
        return new PublicArticleJson(live.article().getSlug(), c.headline(), c.standfirst(), c.body(),
                new DatelineJson(c.datelinePlace(), c.datelineSource()), c.language(), c.section(),
                live.article().getAuthor().getDisplayName(), live.article().getFirstPublishedAt(),
                live.article().getLastPublishedAt(), live.corrections().stream().map(CorrectionJson::of).toList(),
                plugins);
    }
}
