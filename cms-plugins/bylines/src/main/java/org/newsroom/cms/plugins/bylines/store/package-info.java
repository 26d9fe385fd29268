/**
 * Data access only, through the host's Jdbi ({@code PluginContext.jdbi()}): the plugin's own tables
 * {@code plg_bylines_contributor} and {@code plg_bylines_byline}, and plain row records; its audit entries go
 * to the host's trail ({@code PluginContext.audit()}). Every call joins the transaction the host runs the
 * request or hook in; no core table is read.
 */
package org.newsroom.cms.plugins.bylines.store;
