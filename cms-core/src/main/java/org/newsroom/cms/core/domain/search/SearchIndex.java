package org.newsroom.cms.core.domain.search;

import java.time.Instant;
import java.util.UUID;

/**
 * Stores the articles' search documents and answers public searches. Writes join the caller's transaction, so a
 * document changes together with the article it follows.
 */
public interface SearchIndex {

    /** Creates or replaces the article's document in its scope. */
    void put(SearchDocument document);

    /** Moves the embargo its live document carries (a save of a live article may change it). */
    void embargo(UUID articleId, Instant embargoUntil);

    /** Removes the article's document in {@code scope} (nothing to remove is fine). */
    void remove(UUID articleId, SearchScope scope);

    /**
     * Live documents matching the query whose articles are public at {@code now} (the visibility rule is checked
     * here too, not only by the document's existence), ranked by {@code ts_rank_cd × recency} (see
     * {@link SearchCursor#recency}), ties by id.
     *
     * @param reference the time recency is measured from: the first page's {@code now}, carried by the cursor
     */
    SearchResult search(PublicSearch query, Instant now, Instant reference);
}
