/**
 * The plugin's Jakarta REST sub-resources, mounted by the host: contributors under
 * {@code /api/plugins/bylines/contributors}, an article's bylines at {@code /api/articles/{id}/bylines},
 * author pages at {@code /api/public/contributors/{slug}}; the request records they accept and the JSON they
 * answer. Errors are {@code PluginException}s, which the host answers as problem+json.
 */
package org.newsroom.cms.plugins.bylines.rest;
