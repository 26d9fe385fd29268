package org.newsroom.cms.core.domain.article;

/**
 * The editorial fields of an article as a writer supplies them (headline, standfirst, body HTML,
 * dateline, language, section). Values are validated and the body sanitised before they reach
 * an {@link Article}.
 */
public record ArticleContent(
        String headline,
        String standfirst,
        String body,
        String datelinePlace,
        String datelineSource,
        String language,
        String section) {
}
