package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.search.PublicSearch;
import org.newsroom.cms.core.domain.search.SearchCursor;
import org.newsroom.cms.core.domain.search.SearchIndex;
import org.newsroom.cms.core.domain.search.SearchResult;

/**
 * Public full-text search over what readers can see, for the public API and the site's search page: reads and
 * checks the parameters (a bad one is a {@link MalformedInputException}: 400 on the API), then asks the
 * {@link SearchIndex}, which applies the visibility rule at the CMS clock's time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    /** Longer queries are refused: nobody types them, and each word costs index work. */
    public static final int MAX_QUERY = 200;
    public static final int DEFAULT_LIMIT = 10;

    @Inject
    SearchIndex index;
    @Inject
    SiteSettings site;
    @Inject
    Clock clock;

    /**
     * A search as the API and the site receive it: every part as text, null when absent.
     *
     * @param from first published on or after: an ISO date (the start of that day in the newsroom's zone) or an
     *             ISO-8601 instant with offset
     * @param to   first published before an instant, or on or before a date (the whole day)
     */
    public record Request(String q, String tag, String author, String section, String from, String to, Integer limit,
                          String after) {
    }

    public SearchResult search(Request request) {
        String q = request.q() == null ? "" : request.q().strip();
        if (q.isEmpty()) {
            throw new MalformedInputException("q", "\"q\" is required: the words to search for, e.g. ?q=banjir+jakarta "
                    + "(\"quoted phrase\", -exclude and or work as in web search engines).");
        }
        if (q.length() > MAX_QUERY) {
            throw new MalformedInputException("q", "\"q\" is " + q.length() + " characters; the limit is " + MAX_QUERY + ".");
        }
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > PublicSearch.MAX_LIMIT) {
            throw new MalformedInputException("limit", "\"limit\" must be between 1 and " + PublicSearch.MAX_LIMIT + ".");
        }
        Instant from = time("from", request.from(), false);
        Instant to = time("to", request.to(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new MalformedInputException("to", "\"to\" must be after \"from\".");
        }
        SearchCursor after;
        try {
            after = SearchCursor.decode(request.after()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("after", "\"after\" is not a cursor this API gave out: pass the \"next\" "
                    + "value of the previous page unchanged (with the same query), or leave it out for the first page.");
        }
        Instant now = ArticleService.micros(clock.instant());
        Instant reference = after == null ? now : after.reference();
        return index.search(new PublicSearch(q, blankToNull(request.tag()), blankToNull(request.author()),
                blankToNull(request.section()), from, to, after, limit), now, reference);
    }

    /** A date means its whole day in the newsroom's zone: from its start, or to the start of the next. */
    private Instant time(String field, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(site.timeZone()).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedInputException(field, "\"" + field + "\" is a date (2026-12-01) or a time with its offset "
                    + "(2026-12-01T06:00:00+07:00), not \"" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "\".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
