/**
 * Data access only, on the host's Jdbi and the plugin's own {@code plg_photo_captions_*} tables: the ordered
 * photos of each article ({@link org.newsroom.cms.plugins.photocaptions.store.PhotoStore}), image bytes
 * ({@link org.newsroom.cms.plugins.photocaptions.store.ImageStore}) and the rendition cache. Every call joins
 * the transaction the host opened for the request or hook.
 */
package org.newsroom.cms.plugins.photocaptions.store;
