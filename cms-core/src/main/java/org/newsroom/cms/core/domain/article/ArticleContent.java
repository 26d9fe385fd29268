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
    /**
     * The dateline as the wire gives it, "Jakarta, HanTer" (the place, the source, or both; blank parts left
     * out), or null without one: what JSON-LD and NewsML-G2 carry.
     */
    public String dateline() {
        String place = datelinePlace == null || datelinePlace.isBlank() ? null : datelinePlace.strip();
        String source = datelineSource == null || datelineSource.isBlank() ? null : datelineSource.strip();
        if (place == null || source == null) {
            return place == null ? source : place;
        }
        return place + ", " + source;
    }
}
