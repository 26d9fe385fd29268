package org.newsroom.cms.plugin.api;

import java.util.Map;

import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.plugin.api.delivery.SearchParts;

/**
 * Adds the plugin's data to an article as it is delivered: the newsroom JSON and the public JSON (under
 * {@code "plugins": {"<plugin-id>": …}}), ninjs, and through {@link #publicParts} the site's page, JSON-LD,
 * feeds, sitemaps and NewsML-G2; and through {@link #searchParts} the article's search document.
 * Must be fast and side-effect free. Each call runs in its own read-only transaction: a contributor that
 * throws is left out of that response (and logged) and cannot spoil the request or another plugin's part.
 */
public interface DeliveryContributor extends ExtensionPoint {

    /**
     * @param article  what is being delivered (for {@link Audience#PUBLIC}, the live revision)
     * @param audience who gets it: never leak newsroom-only data to {@link Audience#PUBLIC}
     * @return JSON-compatible values (strings, numbers, booleans, lists, maps, records); empty to add nothing
     */
    Map<String, Object> contribute(ArticleSnapshot article, Audience audience);

    /**
     * Properties for the article's IPTC ninjs 2.2 document, e.g. {@code "by"}, {@code "subjects"},
     * {@code "associations"}. Lists from several plugins are concatenated; for other values the first
     * plugin (by id) wins. {@code href}s of renditions may be site-relative ({@code /api/public/…}); the host
     * makes them absolute.
     */
    default Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        return Map.of();
    }

    /**
     * The reverse of {@link #ninjs}: an article was just created from an imported ninjs document (inside the
     * import's transaction); store what this plugin models from it (e.g. {@code by}, {@code subjects},
     * {@code associations}), so export → import → export keeps it.
     *
     * @param ninjs the whole document as parsed JSON (maps, lists, strings, numbers, booleans)
     */
    default void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
    }

    /**
     * What readers see of this plugin's data on the article's public faces: people, subjects, pictures and
     * page fragments ({@link PublicParts}). {@code audience} is {@link Audience#PUBLIC} for readers (the live
     * revision; give nothing unless {@code article.live()}) and {@link Audience#NEWSROOM} for a preview of
     * the working copy in the site's template (pictures may then point at newsroom addresses).
     */
    default PublicParts publicParts(ArticleSnapshot article, Audience audience) {
        return PublicParts.NONE;
    }

    /**
     * Text and filter keys this plugin adds to the article's search documents ({@link SearchParts}). Unlike the
     * other methods, called inside the transaction of the change that re-indexes the article (a save, a
     * publication, or the plugin's own {@link ArticleAccess#dataChanged}), so it sees that transaction's writes;
     * it must only read. {@code article} is the working copy (the newsroom's document) or, when
     * {@code article.live()} and the revision is the live one, what readers see; both take the plugin's current
     * data. An exception here fails the change that re-indexes, like a listener's.
     */
    default SearchParts searchParts(ArticleSnapshot article) {
        return SearchParts.NONE;
    }
}
