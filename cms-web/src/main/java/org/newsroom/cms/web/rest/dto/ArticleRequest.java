package org.newsroom.cms.web.rest.dto;

import org.newsroom.cms.core.application.ArticleInput;

/**
 * Body of {@code POST /api/articles} and {@code PUT /api/articles/{id}} (a full replacement of these
 * fields). {@code embargoUntil} is an ISO-8601 time with an offset, e.g. "2026-12-01T06:00:00+07:00".
 */
public record ArticleRequest(String headline, String standfirst, String body, DatelineJson dateline, String language,
                             String section, String slug, String embargoUntil) {

    public ArticleInput toInput() {
        return new ArticleInput(headline, standfirst, body, dateline == null ? null : dateline.place(),
                dateline == null ? null : dateline.source(), language, section, slug,
                Times.parse("embargoUntil", embargoUntil));
    }
}
