/**
 * JDBC access to the plugin's own tables ({@code plg_bylines_contributor}, {@code plg_bylines_byline},
 * {@code plg_bylines_audit}) through {@code PluginContext.dataSource()}; the only core object read is the
 * {@code published_article} view.
 */
package org.newsroom.cms.plugins.bylines.store;
