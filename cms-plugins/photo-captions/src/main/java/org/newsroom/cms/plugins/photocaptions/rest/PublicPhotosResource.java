package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;

/**
 * {@code /api/public/photos/{photoId}} (the original) and {@code /api/public/photos/{photoId}/{width}}
 * (320 or 1280 px wide JPEG), anonymous, only for photos of articles readers can see now (the CMS decides,
 * {@code ArticleAccess.visible}): anything else is 404, so draft photos cannot be guessed. Strong ETags
 * (content hashes), public Cache-Control, 304 on {@code If-None-Match}.
 */
public final class PublicPhotosResource {

    private final PluginContext context;
    private final PhotoStore photos;
    private final PhotoImages images;

    public PublicPhotosResource(PluginContext context, PhotoStore photos, PhotoImages images) {
        this.context = context;
        this.photos = photos;
        this.images = images;
    }

    @GET
    @Path("{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", ImageResponses.PROBLEM_JSON})
    public Response original(@PathParam("photoId") String photoId, @Context Request request) {
        Photo photo = published(photoId);
        byte[] bytes = images.original(photo).orElseThrow(PublicPhotosResource::missing);
        return ImageResponses.image(request, bytes, photo.mediaType(), photo.sha256(), cacheControl());
    }

    @GET
    @Path("{photoId}/{width}")
    @Produces({"image/jpeg", ImageResponses.PROBLEM_JSON})
    public Response rendition(@PathParam("photoId") String photoId, @PathParam("width") String width,
                              @Context Request request) {
        int w = width(width);
        Photo photo = published(photoId);
        var rendition = images.rendition(photo, w).orElseThrow(PublicPhotosResource::missing);
        return ImageResponses.image(request, rendition.bytes(), rendition.mediaType(), renditionTag(photo, w),
                cacheControl());
    }

    /** The rendition width in a path, 404 unless it is one of {@link RenditionMaker#WIDTHS}. */
    static int width(String value) {
        try {
            int w = Integer.parseInt(value);
            if (RenditionMaker.WIDTHS.contains(w)) {
                return w;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw PluginException.notFound("Renditions are " + RenditionMaker.WIDTHS + " pixels wide; there is none of "
                + value + ".");
    }

    /** A rendition's ETag: changes with the original it is made from. */
    static String renditionTag(Photo photo, int width) {
        return photo.sha256().substring(0, 32) + "-w" + width;
    }

    private String cacheControl() {
        return "public, max-age=" + Settings.of(context.config()).publicMaxAgeSeconds();
    }

    /** The photo, if it has an image and its article is publicly visible; 404 otherwise. */
    private Photo published(String photoId) {
        UUID id;
        try {
            id = UUID.fromString(photoId);
        } catch (IllegalArgumentException e) {
            throw missing();
        }
        return photos.findWithImage(id)
                .filter(p -> context.articles().visible(Set.of(p.articleId())).contains(p.articleId()))
                .orElseThrow(PublicPhotosResource::missing);
    }

    private static PluginException missing() {
        return PluginException.notFound("No published photo here.");
    }
}
