/**
 * The plugin's REST endpoints: article photos at {@code /api/articles/{id}/photo-captions/photos…} for the
 * newsroom and anonymous images at {@code /api/public/photos/…} for published articles, with their request
 * records ({@link org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests}) and the upload and rendition
 * steps ({@link org.newsroom.cms.plugins.photocaptions.rest.PhotoImages}). Errors are
 * {@link org.newsroom.cms.plugin.api.PluginException}s, answered by the host as problem+json.
 */
package org.newsroom.cms.plugins.photocaptions.rest;
