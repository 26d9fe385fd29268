package org.newsroom.cms.plugins.photocaptions.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.photocaptions.PhotoService;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.ImageInspector;
import org.newsroom.cms.plugins.photocaptions.image.UploadRejectedException;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoJson;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * {@code /api/articles/{id}/photo-captions/…}: the article's photos for the newsroom. Reading needs a
 * signed-in user; changing needs the right to edit the article ({@code ArticleAccess.mayEdit}).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticlePhotosResource {

    private static final String NEWSROOM_CACHE = "private, no-cache";

    private final UUID articleId;
    private final PluginContext context;
    private final PhotoService service;

    public ArticlePhotosResource(UUID articleId, PluginContext context, PhotoService service) {
        this.articleId = articleId;
        this.context = context;
        this.service = service;
    }

    @GET
    @Path("photos")
    public List<Map<String, Object>> list() {
        return service.photos().list(articleId).stream().map(p -> PhotoJson.of(p, true)).toList();
    }

    /** Multipart upload: part {@code file} (the image) and optional text parts with typed fields. */
    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        mustEdit();
        return uploaded(Optional.empty(), parts, 201);
    }

    /** Adds the image to an existing photo or caption slot (e.g. one created by wire import). */
    @POST
    @Path("photos/{photoId}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadInto(@PathParam("photoId") UUID photoId, List<EntityPart> parts) {
        mustEdit();
        return uploaded(Optional.of(photo(photoId)), parts, 200);
    }

    /** An empty photo slot with just text (a caption waiting for its image). */
    @POST
    @Path("photos/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response slot(Map<String, Object> body) {
        mustEdit();
        PhotoEdits.Edit edit = checked(body, false);
        UUID id = service.photos().insert(articleId, edit.text());
        return Response.created(URI.create(PhotoJson.newsroomUrl(articleId, id, null).replace("/image", "")))
                .entity(PhotoJson.of(photo(id), true)).build();
    }

    @PUT
    @Path("photos/{photoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("photoId") UUID photoId, Map<String, Object> body) {
        mustEdit();
        Photo photo = photo(photoId);
        PhotoEdits.Edit edit = checked(body, true);
        service.photos().updateText(photoId, edit.text());
        if (edit.position() != null) {
            List<Photo> all = service.photos().list(articleId);
            if (edit.position() > all.size()) {
                throw invalid(List.of(new PhotoEdits.FieldError("position", "the article has " + all.size()
                        + " photo(s); give a place from 1 to " + all.size())));
            }
            List<UUID> order = new ArrayList<>(all.stream().map(Photo::id).toList());
            order.remove(photo.id());
            order.add(edit.position() - 1, photo.id());
            service.photos().reorder(articleId, order);
        }
        return PhotoJson.of(photo(photoId), true);
    }

    /** Body {@code {"order": [photoId, …]}}: every photo of the article once; the first is the lead. */
    @PUT
    @Path("photos/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> reorder(Map<String, Object> body) {
        mustEdit();
        List<Photo> current = service.photos().list(articleId);
        List<UUID> order = new ArrayList<>();
        Object given = body == null ? null : body.get("order");
        if (given instanceof List<?> ids) {
            for (Object id : ids) {
                try {
                    order.add(UUID.fromString(String.valueOf(id)));
                } catch (IllegalArgumentException e) {
                    order.clear();
                    break;
                }
            }
        }
        List<UUID> expected = current.stream().map(Photo::id).toList();
        if (order.size() != expected.size() || !order.containsAll(expected)
                || order.stream().distinct().count() != order.size()) {
            throw invalid(List.of(new PhotoEdits.FieldError("order", "list every photo id of this article exactly "
                    + "once, lead photo first: " + expected)));
        }
        service.photos().reorder(articleId, order);
        return list();
    }

    @DELETE
    @Path("photos/{photoId}")
    public Response delete(@PathParam("photoId") UUID photoId) {
        mustEdit();
        service.delete(photo(photoId));
        return Response.noContent().build();
    }

    @GET
    @Path("photos/{photoId}/image")
    @Produces({"image/jpeg", "image/png", "image/webp", Problems.PROBLEM_JSON})
    public Response image(@PathParam("photoId") UUID photoId, @Context Request request) {
        Photo photo = photo(photoId);
        byte[] bytes = service.original(photo).orElseThrow(() -> Problems.notFound(
                "Photo " + photo.position() + " has no image yet; upload one to photos/" + photoId + "/image."));
        return ImageResponses.image(request, bytes, photo.mediaType(), photo.sha256(), NEWSROOM_CACHE);
    }

    @GET
    @Path("photos/{photoId}/image/{width}")
    @Produces({"image/jpeg", Problems.PROBLEM_JSON})
    public Response rendition(@PathParam("photoId") UUID photoId, @PathParam("width") String width,
                              @Context Request request) {
        Photo photo = photo(photoId);
        int w = PublicPhotosResource.width(width);
        var rendition = service.rendition(photo, w).orElseThrow(() -> Problems.notFound(
                "Photo " + photo.position() + " has no image yet."));
        return ImageResponses.image(request, rendition.bytes(), rendition.mediaType(),
                PublicPhotosResource.renditionTag(photo, w), NEWSROOM_CACHE);
    }

    private Response uploaded(Optional<Photo> target, List<EntityPart> parts, int status) {
        byte[] file = null;
        Map<String, Object> typed = new HashMap<>();
        long max = Settings.maxUploadBytes(context.config());
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                if ("file".equals(part.getName())) {
                    file = readCapped(part.getContent(), max);
                } else if (PhotoEdits.MAX_LENGTH.containsKey(part.getName())) {
                    typed.put(part.getName(), part.getContent(String.class));
                }
            }
        } catch (IOException e) {
            throw Problems.of(400, "bad-request", "Unreadable upload", "The multipart body could not be read: "
                    + e.getMessage());
        } catch (UploadRejectedException e) {
            throw rejected(e);
        }
        if (file == null) {
            throw Problems.of(400, "bad-request", "No file", "Send the image as multipart/form-data in a part "
                    + "named \"file\".");
        }
        PhotoEdits.Edit edit = checked(typed, false);
        try {
            PhotoService.Uploaded uploaded = service.upload(articleId, target, file, edit.text());
            Map<String, Object> json = new LinkedHashMap<>(PhotoJson.of(uploaded.photo(), true));
            json.put("prefilled", uploaded.prefilled());
            return Response.status(status).entity(json).build();
        } catch (UploadRejectedException e) {
            throw rejected(e);
        }
    }

    static byte[] readCapped(InputStream in, long max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw ImageInspector.tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static RuntimeException rejected(UploadRejectedException e) {
        return Problems.of(e.status(), e.kind(), e.title(), e.getMessage());
    }

    private PhotoEdits.Edit checked(Map<String, Object> body, boolean allowPosition) {
        PhotoEdits.Edit edit = PhotoEdits.parse(body, allowPosition);
        if (!edit.unknown().isEmpty()) {
            throw Problems.of(400, "bad-request", "Unknown field", "Unknown field(s) " + edit.unknown()
                    + "; a photo has " + PhotoEdits.known(allowPosition) + ".");
        }
        if (!edit.errors().isEmpty()) {
            throw invalid(edit.errors());
        }
        return edit;
    }

    private static RuntimeException invalid(List<PhotoEdits.FieldError> errors) {
        return Problems.of(422, "validation", "Invalid photo fields", errors.stream()
                        .map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                Map.of("errors", errors.stream().map(PhotoEdits.FieldError::json).toList()));
    }

    private Photo photo(UUID photoId) {
        return service.photos().find(articleId, photoId).orElseThrow(() -> Problems.notFound(
                "The article has no photo " + photoId + "; GET photos lists them."));
    }

    private void mustEdit() {
        Caller caller = context.caller().orElseThrow(() -> Problems.forbidden("Sign in to change photos."));
        if (!context.articles().mayEdit(articleId, caller)) {
            throw Problems.forbidden("You cannot edit this article now, so you cannot change its photos "
                    + "(journalists edit their own drafts; editors any article that is not killed).");
        }
    }
}
