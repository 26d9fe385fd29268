package org.newsroom.cms.web.rest.dto;

import java.time.Instant;

import org.newsroom.cms.core.domain.article.Article;

/** A published article as readers and machines get it: no workflow or account internals. */
public record PublicArticleJson(String slug, String headline, String standfirst, String body, DatelineJson dateline,
                                String language, String section, String author, Instant firstPublishedAt,
                                Instant lastPublishedAt) {

    public static PublicArticleJson of(Article a) {
        return new PublicArticleJson(a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getBody(),
                new DatelineJson(a.getDateline().getPlace(), a.getDateline().getSource()), a.getLanguage(),
                a.getSection(), a.getAuthor().getDisplayName(), a.getFirstPublishedAt(), a.getLastPublishedAt());
    }
}
