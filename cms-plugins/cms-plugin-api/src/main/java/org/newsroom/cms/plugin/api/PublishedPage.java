package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * One page of published articles as readers see them (live revisions), newest first, and the cursor of
 * the next page ({@code null} on the last one).
 *
 * @see ArticleAccess#publishedPage
 */
public record PublishedPage(List<ArticleSnapshot> items, Cursor next) {

    public PublishedPage {
        items = List.copyOf(items);
    }

    /** The order of a page: by the latest publication (what changed last) or the first (when it broke). */
    public enum Order { LAST_PUBLISHED, FIRST_PUBLISHED }
}
