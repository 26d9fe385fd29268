package org.newsroom.cms.plugins.tagging.text;

/**
 * A tag proposed for an article, with the reason a person can judge it by. {@code tagId} is set when
 * it is an existing tag (or a Media Topic); otherwise accepting it creates a free tag.
 */
public record Suggestion(String name, Long tagId, String code, String reason, double score) {
}
