package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugins.photocaptions.PhotoService;

/** Mounts {@link ArticlePhotosResource} per article and {@link PublicPhotosResource} at {@code /api/public/photos}. */
public final class PhotoRest implements RestExtension {

    private final PluginContext context;
    private final PhotoService service;
    private final PublicPhotosResource publicPhotos;

    public PhotoRest(PluginContext context, PhotoService service) {
        this.context = context;
        this.service = service;
        this.publicPhotos = new PublicPhotosResource(context, service);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticlePhotosResource(articleId, context, service);
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("photos", publicPhotos);
    }
}
