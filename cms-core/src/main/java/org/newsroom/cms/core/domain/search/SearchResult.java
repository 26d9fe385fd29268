package org.newsroom.cms.core.domain.search;

import java.util.List;

/**
 * One page of hits, best first; the number of matches (counted up to a bound, past which {@code totalExact} is
 * false); the cursor of the next page (null on the last).
 */
public record SearchResult(List<SearchHit> hits, long total, boolean totalExact, SearchCursor next) {
}
