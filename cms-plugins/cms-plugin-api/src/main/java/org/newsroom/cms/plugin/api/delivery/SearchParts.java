package org.newsroom.cms.plugin.api.delivery;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one plugin adds to an article's search document: words readers and editors may search for (tag names
 * and labels, contributors' names; weighted like the standfirst) and filter keys
 * ({@code <kind>:<slug>}, e.g. {@code tag:politik}, {@code author:hermansyah}) that the search filters
 * {@code ?tag=} and {@code ?author=} select by. The host builds the document in the transaction of the change
 * and again whenever the plugin reports a change of its data ({@link org.newsroom.cms.plugin.api.ArticleAccess#dataChanged}).
 *
 * @param text words to index, plain text (no markup)
 * @param keys filter keys, each {@code <kind>:<value>} in lower case without spaces
 */
public record SearchParts(String text, Set<String> keys) {

    public static final SearchParts NONE = new SearchParts("", Set.of());

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*:[^\\s]+");

    public SearchParts {
        text = text == null ? "" : text;
        keys = keys == null ? Set.of() : Set.copyOf(keys);
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("a search filter key is <kind>:<value> without spaces, not \""
                        + key + "\"");
            }
        }
    }
}
