package org.newsroom.cms.plugins.photocaptions.rest;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoJson;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests.NewSlot;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests.PhotoEdit;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests.PhotoOrder;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * {@code /api/articles/{id}/photo-captions/…}: the article's photos for the newsroom, as JSON. Reading needs a
 * signed-in user; changing needs the right to edit the article, which {@link ArticlePhotos} (shared with the
 * newsroom panel) checks. Each request is one transaction of the host's: an edit that sets text and moves the
 * photo commits both or neither.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticlePhotosResource {

    private static final String NEWSROOM_CACHE = "private, no-cache";
    /** The multipart parts, besides {@code file}, that carry typed text. */
    private static final Set<String> TEXT_PARTS = Set.of("caption", "credit", "photographer",
            "photographerContributor", "copyright", "altText");

    private final UUID articleId;
    private final PluginContext context;
    private final ArticlePhotos photos;
    private final PhotoImages images;

    public ArticlePhotosResource(UUID articleId, PluginContext context, ArticlePhotos photos, PhotoImages images) {
        this.articleId = articleId;
        this.context = context;
        this.photos = photos;
        this.images = images;
    }

    @GET
    @Path("photos")
    public List<Map<String, Object>> list() {
        return photos.list(articleId).stream().map(p -> PhotoJson.of(p, true)).toList();
    }

    /** Multipart upload: part {@code file} (the image) and optional text parts with typed fields. */
    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        photos.mustEdit(articleId);
        return uploaded(Optional.empty(), parts, 201);
    }

    /** Adds the image to an existing photo or caption slot (e.g. one created by wire import). */
    @POST
    @Path("photos/{photoId}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadInto(@PathParam("photoId") UUID photoId, List<EntityPart> parts) {
        photos.mustEdit(articleId);
        photos.photo(articleId, photoId);
        return uploaded(Optional.of(photoId), parts, 200);
    }

    /** An empty photo slot with just text (a caption waiting for its image). */
    @POST
    @Path("photos/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response slot(NewSlot body) {
        photos.mustEdit(articleId);
        Bodies.valid(body);
        Photo slot = photos.slot(articleId, body.text());
        return Response.created(URI.create(PhotoJson.newsroomUrl(articleId, slot.id(), null).replace("/image", "")))
                .entity(PhotoJson.of(slot, true)).build();
    }

    /** Sets the text fields sent and, with {@code position}, moves the photo: both in the request's transaction. */
    @PUT
    @Path("photos/{photoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("photoId") UUID photoId, PhotoEdit body) {
        photos.mustEdit(articleId);
        photos.photo(articleId, photoId);
        Bodies.valid(body);
        return PhotoJson.of(photos.edit(articleId, photoId, body.text(), body.position()), true);
    }

    /** Body {@code {"order": [photoId, …]}}: every photo of the article once; the first is the lead. */
    @PUT
    @Path("photos/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> reorder(PhotoOrder body) {
        photos.mustEdit(articleId);
        Bodies.valid(body);
        return photos.reorder(articleId, body.order()).stream().map(p -> PhotoJson.of(p, true)).toList();
    }

    @DELETE
    @Path("photos/{photoId}")
    public Response delete(@PathParam("photoId") UUID photoId) {
        photos.delete(articleId, photoId);
        return Response.noContent().build();
    }

    @GET
    @Path("photos/{photoId}/image")
    @Produces({"image/jpeg", "image/png", "image/webp", ImageResponses.PROBLEM_JSON})
    public Response image(@PathParam("photoId") UUID photoId, @Context Request request) {
        Photo photo = photos.photo(articleId, photoId);
        if (!photo.hasImage()) {
            throw PluginException.notFound(
                    "Photo " + photo.position() + " has no image yet; upload one to photos/" + photoId + "/image.");
        }
        return ImageResponses.image(request, () -> images.original(photo).orElseThrow(() -> missingFromStore(photo)),
                photo.mediaType(), photo.sha256(), NEWSROOM_CACHE);
    }

    @GET
    @Path("photos/{photoId}/image/{width}")
    @Produces({"image/jpeg", ImageResponses.PROBLEM_JSON})
    public Response rendition(@PathParam("photoId") UUID photoId, @PathParam("width") String width,
                              @Context Request request) {
        Photo photo = photos.photo(articleId, photoId);
        int w = PublicPhotosResource.width(width);
        if (!photo.hasImage()) {
            throw PluginException.notFound("Photo " + photo.position() + " has no image yet.");
        }
        return ImageResponses.image(request,
                () -> images.rendition(photo, w).orElseThrow(() -> missingFromStore(photo)).bytes(),
                RenditionMaker.MEDIA_TYPE, PublicPhotosResource.renditionTag(photo, w), NEWSROOM_CACHE);
    }

    private static PluginException missingFromStore(Photo photo) {
        return PluginException.notFound("The image of photo " + photo.position()
                + " is missing from the photo store; upload it again.");
    }

    private Response uploaded(Optional<UUID> target, List<EntityPart> parts, int status) {
        byte[] file = null;
        Map<String, String> typed = new HashMap<>();
        long max = Settings.of(context.config()).maxUploadBytes();
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                if ("file".equals(part.getName())) {
                    file = ArticlePhotos.readCapped(part.getContent(), max);
                } else if (TEXT_PARTS.contains(part.getName())) {
                    typed.put(part.getName(), part.getContent(String.class));
                }
            }
        } catch (IOException e) {
            throw PluginException.of(400, "bad-request", "Unreadable upload", "The multipart body could not be "
                    + "read: " + e.getMessage());
        }
        if (file == null) {
            throw PluginException.of(400, "bad-request", "No file", "Send the image as multipart/form-data in a "
                    + "part named \"file\".");
        }
        PhotoEdit text = Bodies.valid(new PhotoEdit(typed.get("caption"), typed.get("credit"),
                typed.get("photographer"), typed.get("photographerContributor"), typed.get("copyright"),
                typed.get("altText"), null));
        PhotoImages.Uploaded uploaded = photos.upload(articleId, target, file, text.text());
        Map<String, Object> json = new LinkedHashMap<>(PhotoJson.of(uploaded.photo(), true));
        json.put("prefilled", uploaded.prefilled());
        return Response.status(status).entity(json).build();
    }
}
