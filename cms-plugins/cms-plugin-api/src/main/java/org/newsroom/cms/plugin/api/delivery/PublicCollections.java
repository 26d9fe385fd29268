package org.newsroom.cms.plugin.api.delivery;

import java.util.Optional;

import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.ExtensionPoint;

/**
 * Pages of the public site a plugin owns: the site serves {@code /<segment>/<slug>} (HTML) and
 * {@code /<segment>/<slug>/feed.atom} from {@link #collection}. The site's own segments ({@code articles},
 * {@code sections}, {@code search}, {@code corrections}, {@code preview}, {@code assets}, {@code feed.*},
 * {@code sitemap*}, {@code robots.txt}) cannot be claimed; the first enabled plugin (by id) claiming a segment wins.
 * Called in a read-only transaction of its own.
 */
public interface PublicCollections extends ExtensionPoint {

    /** The one URL segment at the site's root this plugin's collections live under, e.g. {@code "tags"}. */
    String segment();

    /**
     * The collection at {@code slug} with one page of its visible articles (ask
     * {@link org.newsroom.cms.plugin.api.ArticleAccess#publishedPage} for it), or empty when there is no
     * such collection (404).
     *
     * @param after the previous page's cursor, or null for the first page
     * @param limit 1–100
     */
    Optional<ArticleCollection> collection(String slug, Cursor after, int limit);
}
