/**
 * The tagging plugin's Jakarta REST sub-resources (mounted by the host under the plugin's paths), their
 * request records and JSON views. Each request is one host transaction; errors are thrown as
 * {@link org.newsroom.cms.plugin.api.PluginException}.
 */
package org.newsroom.cms.plugins.tagging.rest;
