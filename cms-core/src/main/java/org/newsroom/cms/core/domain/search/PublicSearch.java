package org.newsroom.cms.core.domain.search;

import java.time.Instant;

/**
 * A public search: websearch syntax ({@code "quoted phrase"}, {@code -exclude}, {@code or}) in {@code q}; the
 * optional filters (null: none) select by tag slug, contributor slug, section slug and first publication in
 * {@code [from, to)}.
 *
 * @param after the previous page's cursor, or null for the first page
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record PublicSearch(String q, String tag, String author, String section, Instant from, Instant to,
                           SearchCursor after, int limit) {

    public static final int MAX_LIMIT = 50;
}
