package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.newsroom.cms.core.domain.search.SearchHit;
import org.newsroom.cms.core.domain.search.SearchResult;

/**
 * A page of public search results, best first: pass {@code next} back as {@code ?after=} (with the same query and
 * filters) for the following page; null on the last. {@code total} counts the matches up to 1,000
 * ({@code totalExact} false past that); the pages rank the newest 500 matches.
 */
public record PublicSearchJson(List<Item> items,
                               @Schema(description = "Matches, counted up to 1,000") long total,
                               @Schema(description = "False when there are more matches than total") boolean totalExact,
                               String next) {

    /** One hit: the article's slug and headline, a snippet (HTML: matches in {@code <mark>}, the rest escaped). */
    public record Item(String slug, String headline,
                       @Schema(description = "HTML: the matched words in <mark>, everything else escaped") String snippet,
                       @Schema(description = "First publication, UTC") Instant publishedAt) {

        static Item of(SearchHit hit) {
            return new Item(hit.slug(), hit.headline(), hit.snippetHtml(), hit.publishedAt());
        }
    }

    public static PublicSearchJson of(SearchResult result) {
        return new PublicSearchJson(result.hits().stream().map(Item::of).toList(), result.total(),
                result.totalExact(), result.next() == null ? null : result.next().encode());
    }
}
