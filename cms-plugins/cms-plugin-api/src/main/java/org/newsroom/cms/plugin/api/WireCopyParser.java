package org.newsroom.cms.plugin.api;

/**
 * Pulls fields out of imported wire copy (captions, names, keywords…) and removes what it took
 * from the body. The core has already read the headline, dateline and paragraphs.
 * <p>
 * Lifecycle of one import, all inside the import's transaction: every enabled parser's {@link #parse} runs
 * in ascending {@link #order()} (ties by plugin id), each on the draft the previous one returned; the core
 * creates the article from the last draft; then {@link #imported} is called, in the same order, on each
 * parser that found something, with exactly the finding its own {@code parse} returned. Findings never
 * pass between plugins.
 *
 * @param <F> the type of what this parser finds (a record of the plugin's own)
 */
public interface WireCopyParser<F> extends ExtensionPoint {

    /** Position in the chain; lower runs first. Parsers that take lines out of the body should run early. */
    int order();

    /** @return the draft with any text this parser consumed removed, and what it found */
    WireParse<F> parse(WireDraft draft);

    /** The article now exists: store what {@link #parse} found (never called with {@code null}). */
    default void imported(ArticleSnapshot article, F finding) {
    }
}
