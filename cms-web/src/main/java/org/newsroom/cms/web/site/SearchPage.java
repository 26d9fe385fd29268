package org.newsroom.cms.web.site;

import java.util.List;

/**
 * The site's search page: the query (empty: just the form), a problem with it to show, the hits of this page and
 * the total, and the next page's address (null on the last).
 */
public record SearchPage(Chrome chrome, String q, String problem, List<Hit> hits, long total, boolean exact,
                         String next) {

    /**
     * One hit: link, headline, first publication, and the snippet as HTML the index made safe (every character
     * of the article's text escaped, only the {@code <mark>} elements around matches are markup).
     */
    public record Hit(String href, String headline, String snippetHtml, String publishedText, String publishedIso) {
    }
}
