package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.newsroom.cms.plugin.api.ArticleSnapshot;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.PublicState;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.newsml.PictureItem;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;

/**
 * {@code /api/public/photos/{photoId}} (the original), {@code /api/public/photos/{photoId}/{width}} (320 or
 * 1280 px wide JPEG) and {@code /api/public/photos/{photoId}.newsml} (its NewsML-G2 picture item), anonymous,
 * only for photos of articles readers can see now (the CMS decides, {@code ArticleAccess.publicState}): a photo
 * of an article killed after publication is 410 Gone, anything else 404, so draft photos cannot be guessed.
 * Images have strong ETags (content hashes), public Cache-Control, 304 on {@code If-None-Match}.
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
        return ImageResponses.image(request, () -> images.original(photo).orElseThrow(PublicPhotosResource::missing),
                photo.mediaType(), photo.sha256(), cacheControl());
    }

    @GET
    @Path("{photoId}/{width}")
    @Produces({"image/jpeg", ImageResponses.PROBLEM_JSON})
    public Response rendition(@PathParam("photoId") String photoId, @PathParam("width") String width,
                              @Context Request request) {
        int w = width(width);
        Photo photo = published(photoId);
        return ImageResponses.image(request,
                () -> images.rendition(photo, w).orElseThrow(PublicPhotosResource::missing).bytes(),
                RenditionMaker.MEDIA_TYPE, renditionTag(photo, w), cacheControl());
    }

    @GET
    @Path("{photoId}.newsml")
    @Produces({PictureItem.MEDIA_TYPE, ImageResponses.PROBLEM_JSON})
    public Response newsml(@PathParam("photoId") String photoId, @Context UriInfo uriInfo) {
        Photo photo = published(photoId);
        ArticleSnapshot article = context.articles().published(List.of(photo.articleId())).stream().findFirst()
                .orElseThrow(PublicPhotosResource::missing); // unpublished in between
        java.net.URI root = uriInfo.getBaseUri().resolve("/");
        String item = PictureItem.write(photo, article.lastPublishedAt(), article.language(),
                path -> context.publicUrl(root, path));
        return Response.ok(item, PictureItem.MEDIA_TYPE + ";charset=UTF-8").header("Cache-Control", cacheControl())
                .build();
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

    /**
     * The photo, if it has an image and its article is publicly visible; 410 when the article was killed after
     * publication (no reason given), 404 otherwise.
     */
    private Photo published(String photoId) {
        UUID id;
        try {
            id = UUID.fromString(photoId);
        } catch (IllegalArgumentException e) {
            throw missing();
        }
        Photo photo = photos.findWithImage(id).orElseThrow(PublicPhotosResource::missing);
        PublicState state = context.articles().publicState(photo.articleId());
        if (state == PublicState.GONE) {
            throw PluginException.of(410, "gone", "Gone", "This photo's article has been withdrawn.");
        }
        if (state != PublicState.VISIBLE) {
            throw missing();
        }
        return photo;
    }

    private static PluginException missing() {
        return PluginException.notFound("No published photo here.");
    }
}
