package org.newsroom.cms.plugin.api;

/**
 * Told about changes to articles, after the change is made and <b>in the same transaction</b>: anything
 * the listener writes through {@link PluginContext#jdbi()} commits or rolls back with the change.
 * <p>
 * If a listener throws, the whole operation rolls back (the article is not created, saved or moved) and
 * the user gets an error naming the plugin. Listeners of different plugins are called in plugin-id order.
 */
public interface ArticleListener extends ExtensionPoint {

    /** A new article (revision 1) was created. */
    default void articleCreated(ArticleSnapshot article) {
    }

    /** The article's editorial fields were saved as a new revision (also after a restore). */
    default void articleSaved(ArticleSnapshot article) {
    }

    /** The article moved through the workflow (submitted, approved, scheduled, published, killed…). */
    default void articleTransitioned(TransitionEvent event) {
    }
}
