/**
 * The plugin's panel in the newsroom UI ({@link org.newsroom.cms.plugins.photocaptions.ui.PhotosPanel}): the view
 * records its jte templates ({@code src/main/jte}, compiled into {@code org.newsroom.cms.plugins.photocaptions.jte})
 * are rendered with, the form of one photo, and the texts in English and Indonesian
 * ({@code ui/messages*.properties}). No logic of its own beyond the form: the work is
 * {@link org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos}'s.
 */
package org.newsroom.cms.plugins.photocaptions.ui;
