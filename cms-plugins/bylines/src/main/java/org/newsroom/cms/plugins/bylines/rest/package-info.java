/**
 * The plugin's Jakarta REST sub-resources, mounted by the host: contributors under
 * {@code /api/plugins/bylines/contributors}, an article's bylines at {@code /api/articles/{id}/bylines},
 * and author pages at {@code /api/public/contributors/{slug}}. Errors are problem+json.
 */
package org.newsroom.cms.plugins.bylines.rest;
