package org.newsroom.cms.plugins.photocaptions.photos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.ImageInspector;
import org.newsroom.cms.plugins.photocaptions.image.InspectedImage;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker.Rendition;
import org.newsroom.cms.plugins.photocaptions.store.ImageStore;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;
import org.newsroom.cms.plugins.photocaptions.store.RenditionCache;

/**
 * What the plugin does with images: inspect uploaded bytes, store them, attach them to a photo (pre-filling
 * only empty fields from the embedded metadata), and serve originals and cached renditions. Stored images may
 * be shared by several photos (a photo reused in another article points at the same bytes), so bytes go only
 * when no photo uses them any more. Everything runs in the request's transaction, so a refused or failed
 * upload leaves nothing behind. Thread-safe.
 */
public final class PhotoImages {

    /** The result of an upload: the photo as stored and the fields its metadata filled in. */
    public record Uploaded(Photo photo, List<String> prefilled) {
    }

    private final PluginContext context;
    private final PhotoStore photos;
    private final ImageStore images;
    private final RenditionCache renditions;

    public PhotoImages(PluginContext context, PhotoStore photos, ImageStore images, RenditionCache renditions) {
        this.context = context;
        this.photos = photos;
        this.images = images;
        this.renditions = renditions;
    }

    /**
     * Adds the image to a new photo ({@code target} empty) or to an existing photo or slot. {@code typed}
     * are fields a person filled in with the upload; they win over embedded metadata.
     *
     * @throws org.newsroom.cms.plugin.api.PluginException if the bytes are refused (413, 415, 422)
     */
    public Uploaded upload(UUID articleId, Optional<Photo> target, byte[] bytes, PhotoText typed) {
        Settings settings = Settings.of(context.config());
        InspectedImage image = ImageInspector.inspect(bytes, settings.maxUploadBytes(), settings.maxPixels());
        String key = images.put(bytes, image.type().mediaType(), image.sha256());
        UUID photoId;
        if (target.isPresent()) {
            photoId = target.get().id();
            photos.updateText(photoId, typed);
        } else {
            photoId = photos.insert(articleId, typed);
        }
        String replaced = photos.attachImage(photoId, key, image);
        if (replaced != null && !replaced.equals(key)) {
            images.deleteUnused(replaced);
        }
        Photo before = target.orElse(null);
        Photo after = photos.find(articleId, photoId).orElseThrow();
        List<String> prefilled = new ArrayList<>();
        note(prefilled, "caption", before == null ? null : before.caption(), typed.caption(), after.caption());
        note(prefilled, "credit", before == null ? null : before.credit(), typed.credit(), after.credit());
        note(prefilled, "photographer", before == null ? null : before.photographer(), typed.photographer(),
                after.photographer());
        note(prefilled, "copyright", before == null ? null : before.copyright(), typed.copyright(), after.copyright());
        note(prefilled, "altText", before == null ? null : before.altText(), typed.altText(), after.altText());
        return new Uploaded(after, prefilled);
    }

    /** A field counts as pre-filled when nobody had given it a value and the image's metadata did. */
    private static void note(List<String> prefilled, String field, String before, String typed, String after) {
        String given = typed != null ? typed : before;
        if ((given == null || given.isBlank()) && after != null && !after.isBlank()) {
            prefilled.add(field);
        }
    }

    /** Deletes the photo, and its image unless another photo still shows it. */
    public void delete(Photo photo) {
        photos.delete(photo.articleId(), photo.id());
        if (photo.imageKey() != null) {
            images.deleteUnused(photo.imageKey());
        }
    }

    /** The original bytes of a photo with an image. */
    public Optional<byte[]> original(Photo photo) {
        return photo.hasImage() ? images.get(photo.imageKey()) : Optional.empty();
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
        renditions.put(photo.id(), width, photo.sha256(), made);
        return Optional.of(made);
    }
}
