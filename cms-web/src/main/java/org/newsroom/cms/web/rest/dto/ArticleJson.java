package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * An article as the newsroom sees it. {@code version} is also the ETag; {@code allowedTransitions}
 * lists the states the caller may move it to now.
 */
public record ArticleJson(UUID id, String slug, String headline, String standfirst, String body,
                          DatelineJson dateline, String language, String section, ArticleStatus status,
                          PersonJson author, Instant createdAt, Instant updatedAt, Instant firstPublishedAt,
                          Instant lastPublishedAt, long version, List<ArticleStatus> allowedTransitions) {

    public static ArticleJson of(Article a, List<ArticleStatus> allowedTransitions) {
        return new ArticleJson(a.getId(), a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getBody(),
                new DatelineJson(a.getDateline().getPlace(), a.getDateline().getSource()), a.getLanguage(),
                a.getSection(), a.getStatus(), PersonJson.of(a.getAuthor()), a.getCreatedAt(), a.getUpdatedAt(),
                a.getFirstPublishedAt(), a.getLastPublishedAt(), a.getVersion(), allowedTransitions);
    }
}
