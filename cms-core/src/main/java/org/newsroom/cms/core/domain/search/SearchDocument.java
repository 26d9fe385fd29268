package org.newsroom.cms.core.domain.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One article's searchable text in one scope. The index weighs the headline highest (A), the standfirst and
 * plugins' text (tags, bylines) next (B), the body last (C), and builds the document with the text-search
 * configuration of {@code language} ({@code indonesian} for id, {@code english} for en, {@code simple} otherwise).
 *
 * @param body       the body as plain text
 * @param pluginText what plugins add (tag names, contributors' names)
 * @param keys       filter keys, {@code <kind>:<value>} ({@code tag:politik}, {@code author:hermansyah})
 * @param publishedAt  a live document's first publication (recency, date filters, candidate order); else null
 * @param embargoUntil a live document's embargo, checked at query time; else null
 */
public record SearchDocument(UUID articleId, SearchScope scope, String language, String headline, String standfirst,
                             String body, String pluginText, String section, Set<String> keys,
                             Instant publishedAt, Instant embargoUntil) {

    /** Characters {@link SearchIndex} uses to mark highlights; never part of indexed text. */
    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';

    public SearchDocument {
        headline = clean(headline);
        standfirst = clean(standfirst);
        body = clean(body);
        pluginText = clean(pluginText);
        keys = keys == null ? Set.of() : Set.copyOf(keys);
    }

    /** The text of snippets: standfirst then body. */
    public String content() {
        return standfirst.isEmpty() ? body : standfirst + "\n" + body;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(MARK_START, ' ').replace(MARK_END, ' ');
    }
}
