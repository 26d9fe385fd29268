/**
 * Data access only, through the host's Jdbi ({@code PluginContext.jdbi()}): the plugin's own tables
 * {@code plg_bylines_contributor}, {@code plg_bylines_byline} and {@code plg_bylines_audit}, and plain row records.
 * Every call joins the transaction the host runs the request or hook in; no core table is read.
 */
package org.newsroom.cms.plugins.bylines.store;
