/**
 * Persistence: the ordered photos of each article ({@link org.newsroom.cms.plugins.photocaptions.store.PhotoRepository}),
 * image bytes behind {@link org.newsroom.cms.plugins.photocaptions.store.PhotoStore} (PostgreSQL bytea by
 * default) and the rendition cache. Plain JDBC on the plugin's own {@code plg_photo_captions_*} tables;
 * connections join the caller's transaction when there is one.
 */
package org.newsroom.cms.plugins.photocaptions.store;
