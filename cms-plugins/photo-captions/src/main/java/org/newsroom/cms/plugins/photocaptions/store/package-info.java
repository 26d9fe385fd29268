/**
 * Data access, on the host's Jdbi and the plugin's own {@code plg_photo_captions_*} tables: the ordered
 * photos of each article ({@link org.newsroom.cms.plugins.photocaptions.store.PhotoStore}), image rows and bytes
 * ({@link org.newsroom.cms.plugins.photocaptions.store.ImageStore}) and the rendition cache. Every database call
 * joins the transaction the host opened for the request or hook. With {@code CMS_PHOTO_STORE=s3}
 * ({@link org.newsroom.cms.plugins.photocaptions.store.PhotoStorage}) the bytes of new images go to an
 * S3-compatible bucket ({@link org.newsroom.cms.plugins.photocaptions.store.S3Bucket}), tied to the transaction
 * by {@code ImageStore}.
 */
package org.newsroom.cms.plugins.photocaptions.store;
