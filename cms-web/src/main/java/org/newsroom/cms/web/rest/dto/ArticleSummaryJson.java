package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * One row of the newsroom article list: {@code section} is a section slug; the times are what a dashboard
 * shows (scheduled and embargoed ones with their times).
 */
public record ArticleSummaryJson(UUID id, String slug, String headline, ArticleStatus status, PersonJson author,
                                 String section, String language, Instant createdAt, Instant updatedAt,
                                 Instant lastPublishedAt, Instant embargoUntil, Instant scheduledPublishAt,
                                 long version) {

    public static ArticleSummaryJson of(Article a) {
        return new ArticleSummaryJson(a.getId(), a.getSlug(), a.getHeadline(), a.getStatus(),
                PersonJson.of(a.getAuthor()), a.getSection(), a.getLanguage(), a.getCreatedAt(), a.getUpdatedAt(),
                a.getLastPublishedAt(), a.getEmbargoUntil(), a.getScheduledPublishAt(), a.getVersion());
    }
}
