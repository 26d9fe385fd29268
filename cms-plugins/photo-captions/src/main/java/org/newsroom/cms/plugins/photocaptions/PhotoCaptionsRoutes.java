package org.newsroom.cms.plugins.photocaptions;

import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.rest.ArticlePhotosResource;
import org.newsroom.cms.plugins.photocaptions.rest.PublicPhotosResource;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;

/**
 * {@code /api/articles/{id}/photo-captions/photos…} ({@link ArticlePhotosResource}, per article) and
 * {@code /api/public/photos/…} ({@link PublicPhotosResource}).
 */
final class PhotoCaptionsRoutes implements RestExtension {

    private final PluginContext context;
    private final ArticlePhotos articlePhotos;
    private final PhotoImages images;
    private final PublicPhotosResource publicPhotos;

    PhotoCaptionsRoutes(PluginContext context, PhotoStore photos, ArticlePhotos articlePhotos, PhotoImages images) {
        this.context = context;
        this.articlePhotos = articlePhotos;
        this.images = images;
        this.publicPhotos = new PublicPhotosResource(context, photos, images);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticlePhotosResource(articleId, context, articlePhotos, images);
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("photos", publicPhotos);
    }
}
