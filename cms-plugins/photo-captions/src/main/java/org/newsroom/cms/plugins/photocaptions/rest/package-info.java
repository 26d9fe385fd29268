/**
 * The plugin's REST endpoints: article photos at {@code /api/articles/{id}/photo-captions/photos…} for the
 * newsroom and anonymous images at {@code /api/public/photos/…} for published articles. Errors are
 * problem+json responses the host passes through unchanged.
 */
package org.newsroom.cms.plugins.photocaptions.rest;
