/**
 * What can be done with an article's photos, for every way in: the JSON API ({@code rest}) and the newsroom panel
 * ({@code ui}) call {@link org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos}, so the edit right, the
 * order rules, the upload limit and reuse are decided once; {@link
 * org.newsroom.cms.plugins.photocaptions.photos.PhotoImages} stores images and makes renditions.
 */
package org.newsroom.cms.plugins.photocaptions.photos;
