package org.newsroom.cms.plugin.api;

/**
 * Pulls fields out of imported wire copy (captions, bylines, tag suggestions…) and removes what it
 * took from the body. Parsers run in ascending {@link #order()} on the draft the previous one returned;
 * the core has already taken the headline, dateline and paragraphs.
 * <p>
 * Called during an import, inside its transaction. {@link #imported} follows once the article exists,
 * so the plugin can store what it extracted in its own tables.
 */
public interface WireCopyParser extends ExtensionPoint {

    /** Position in the chain; lower runs first (photo captions 100, bylines 200, tagging 300). */
    int order();

    /** @return the draft with this parser's findings recorded and any text it consumed removed */
    WireDraft parse(WireDraft draft);

    /** The article created from the draft; store what {@link #parse} found. */
    default void imported(ArticleSnapshot article, WireDraft draft) {
    }
}
