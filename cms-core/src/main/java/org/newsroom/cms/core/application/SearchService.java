package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.search.PublicSearch;
import org.newsroom.cms.core.domain.search.SearchIndex;
import org.newsroom.cms.core.domain.search.SearchResult;

/**
 * Public full-text search over what readers can see (the public API and the site's search page): checks the
 * query, then asks the {@link SearchIndex}, which applies the visibility rule at the CMS clock's time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    /** Longer queries are refused: nobody types them, and each word costs index work. */
    public static final int MAX_QUERY = 200;

    @Inject
    SearchIndex index;
    @Inject
    Clock clock;

    public SearchResult search(PublicSearch query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            throw ValidationException.of("q", "is required: the words to search for, e.g. ?q=banjir+jakarta "
                    + "(\"quoted phrase\", -exclude and or work as in web search engines).");
        }
        if (q.length() > MAX_QUERY) {
            throw ValidationException.of("q", "is " + q.length() + " characters; the limit is " + MAX_QUERY + ".");
        }
        if (query.limit() < 1 || query.limit() > PublicSearch.MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + PublicSearch.MAX_LIMIT + ".");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw ValidationException.of("to", "must be after \"from\".");
        }
        Instant now = ArticleService.micros(clock.instant());
        Instant reference = query.after() == null ? now : query.after().reference();
        PublicSearch checked = new PublicSearch(q, blankToNull(query.tag()), blankToNull(query.author()),
                blankToNull(query.section()), query.from(), query.to(), query.after(), query.limit());
        return index.search(checked, now, reference);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
