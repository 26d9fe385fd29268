package org.newsroom.cms.plugins.photocaptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.photocaptions.image.ImageInspector;
import org.newsroom.cms.plugins.photocaptions.image.InspectedImage;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker.Rendition;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.RenditionCache;

/**
 * Uploads, images and renditions: inspects bytes, stores them behind {@link PhotoStore}, attaches them to
 * a photo (pre-filling only empty fields from the embedded metadata) and serves originals and cached
 * renditions. Thread-safe.
 */
public final class PhotoService {

    /** The result of an upload: the photo as stored and the fields its metadata filled in. */
    public record Uploaded(Photo photo, List<String> prefilled) {
    }

    private final PluginContext context;
    private final PhotoRepository photos;
    private final PhotoStore store;
    private final RenditionCache renditions;

    public PhotoService(PluginContext context, PhotoRepository photos, PhotoStore store, RenditionCache renditions) {
        this.context = context;
        this.photos = photos;
        this.store = store;
        this.renditions = renditions;
    }

    public PhotoRepository photos() {
        return photos;
    }

    /**
     * Adds the image to a new photo ({@code target} empty) or to an existing photo or slot. {@code typed}
     * are fields a person filled in with the upload; they win over embedded metadata.
     *
     * @throws org.newsroom.cms.plugins.photocaptions.image.UploadRejectedException if the bytes are refused
     */
    public Uploaded upload(UUID articleId, Optional<Photo> target, byte[] bytes, Map<String, String> typed) {
        InspectedImage image = ImageInspector.inspect(bytes, Settings.maxUploadBytes(context.config()),
                Settings.maxPixels(context.config()));
        String key = store.put(bytes, image.type().mediaType(), image.sha256());
        UUID photoId = null;
        String replaced;
        try {
            if (target.isPresent()) {
                photoId = target.get().id();
                photos.updateText(photoId, typed);
            } else {
                photoId = photos.insert(articleId, typed);
            }
            replaced = photos.attachImage(photoId, key, image);
        } catch (RuntimeException e) {
            store.delete(key);
            if (target.isEmpty() && photoId != null) {
                photos.delete(articleId, photoId);
            }
            throw e;
        }
        if (replaced != null && !replaced.equals(key)) {
            deleteQuietly(replaced);
        }
        Photo before = target.orElse(null);
        Photo after = photos.find(articleId, photoId).orElseThrow();
        List<String> prefilled = new ArrayList<>();
        note(prefilled, "caption", before == null ? null : before.caption(), typed, after.caption());
        note(prefilled, "credit", before == null ? null : before.credit(), typed, after.credit());
        note(prefilled, "photographer", before == null ? null : before.photographer(), typed, after.photographer());
        note(prefilled, "copyright", before == null ? null : before.copyright(), typed, after.copyright());
        note(prefilled, "altText", before == null ? null : before.altText(), typed, after.altText());
        return new Uploaded(after, prefilled);
    }

    private static void note(List<String> prefilled, String field, String before, Map<String, String> typed,
                             String after) {
        String given = typed.containsKey(field) ? typed.get(field) : before;
        if ((given == null || given.isBlank()) && after != null && !after.isBlank()) {
            prefilled.add(field);
        }
    }

    /** Deletes the photo and its image. */
    public void delete(Photo photo) {
        photos.delete(photo.articleId(), photo.id());
        if (photo.imageKey() != null) {
            deleteQuietly(photo.imageKey());
        }
    }

    /** The original bytes of a photo with an image. */
    public Optional<byte[]> original(Photo photo) {
        return photo.hasImage() ? store.get(photo.imageKey()) : Optional.empty();
    }

    /** A rendition {@code width} pixels wide (one of {@link RenditionMaker#WIDTHS}), made on first use. */
    public Optional<Rendition> rendition(Photo photo, int width) {
        if (!photo.hasImage() || !RenditionMaker.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Optional<Rendition> cached = renditions.get(photo.id(), width, photo.sha256());
        if (cached.isPresent()) {
            return cached;
        }
        Optional<byte[]> original = original(photo);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        Rendition made = RenditionMaker.make(original.get(), width);
        try {
            renditions.put(photo.id(), width, photo.sha256(), made);
        } catch (RuntimeException e) {
            // served anyway; the next request tries to cache it again (e.g. the photo was just deleted)
            context.logger().log(Level.FINE, "Could not cache a rendition of photo " + photo.id(), e);
        }
        return Optional.of(made);
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            context.logger().log(Level.WARNING, "Could not delete stored image " + key, e);
        }
    }
}
