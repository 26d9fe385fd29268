package org.newsroom.cms.core.domain.search;

import java.util.List;

/** One page of hits, best first; the total over all pages; the cursor of the next page (null on the last). */
public record SearchResult(List<SearchHit> hits, long total, SearchCursor next) {
}
