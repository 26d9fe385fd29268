/**
 * The plugin's REST endpoints: article photos at {@code /api/articles/{id}/photo-captions/photos…} for the
 * newsroom and anonymous images at {@code /api/public/photos/…} for published articles, with their request
 * records ({@link org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests}); what they do is in
 * {@link org.newsroom.cms.plugins.photocaptions.photos}, shared with the newsroom panel. Errors are
 * {@link org.newsroom.cms.plugin.api.PluginException}s, answered by the host as problem+json.
 */
package org.newsroom.cms.plugins.photocaptions.rest;
