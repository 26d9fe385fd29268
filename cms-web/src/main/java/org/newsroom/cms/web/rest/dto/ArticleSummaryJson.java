package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/** One row of the newsroom article list. */
public record ArticleSummaryJson(UUID id, String slug, String headline, ArticleStatus status, PersonJson author,
                                 String section, String language, Instant updatedAt, long version) {

    public static ArticleSummaryJson of(Article a) {
        return new ArticleSummaryJson(a.getId(), a.getSlug(), a.getHeadline(), a.getStatus(),
                PersonJson.of(a.getAuthor()), a.getSection(), a.getLanguage(), a.getUpdatedAt(), a.getVersion());
    }
}
