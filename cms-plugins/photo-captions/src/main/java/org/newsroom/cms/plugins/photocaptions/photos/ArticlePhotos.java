package org.newsroom.cms.plugins.photocaptions.photos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.photocaptions.Settings;
import org.newsroom.cms.plugins.photocaptions.image.ImageInspector;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;
import org.newsroom.cms.plugins.photocaptions.store.ImageStore;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

/**
 * What can be done with an article's photos, whoever asks: the JSON API ({@code rest.ArticlePhotosResource}) and
 * the newsroom panel ({@code ui.PhotosPanel}) both call this, so the edit right, the order rules and the upload
 * limit are checked in one place. Every change checks {@code ArticleAccess.mayEdit} for the request's caller
 * first (403 otherwise); a photo of another article is a 404. Runs in the host's transaction of the request.
 * Thread-safe.
 */
public final class ArticlePhotos {

    /** At most this many photos come back from a search. */
    public static final int SEARCH_LIMIT = 8;

    private final PluginContext context;
    private final PhotoStore photos;
    private final ImageStore stored;
    private final PhotoImages images;

    public ArticlePhotos(PluginContext context, PhotoStore photos, ImageStore stored, PhotoImages images) {
        this.context = context;
        this.photos = photos;
        this.stored = stored;
        this.images = images;
    }

    /** The article's photos and slots, lead first. */
    public List<Photo> list(UUID articleId) {
        return photos.list(articleId);
    }

    /** One photo of the article; 404 for any other id. */
    public Photo photo(UUID articleId, UUID photoId) {
        return photos.find(articleId, photoId).orElseThrow(() -> PluginException.notFound(
                "The article has no photo " + photoId + "; GET photos lists them."));
    }

    /** The publish checks in force that the article's photos do not pass yet. */
    public List<PublishRules.Veto> vetoes(UUID articleId) {
        return Settings.of(context.config()).publishRules().vetoes(photos.list(articleId));
    }

    /** The publish checks in force. */
    public PublishRules rules() {
        return Settings.of(context.config()).publishRules();
    }

    /** Whether the request's caller may change the article's photos now. */
    public boolean mayEdit(UUID articleId) {
        Optional<Caller> caller = context.caller();
        return caller.isPresent() && context.articles().mayEdit(articleId, caller.get());
    }

    /**
     * Adds an uploaded image as a new photo ({@code into} empty) or into an existing photo or caption slot,
     * reading at most the configured upload size (413 above it). {@code typed} wins over the image's metadata,
     * which fills only what is still empty.
     */
    public PhotoImages.Uploaded upload(UUID articleId, Optional<UUID> into, InputStream content, PhotoText typed) {
        mustEdit(articleId);
        byte[] bytes;
        try {
            bytes = readCapped(content, Settings.of(context.config()).maxUploadBytes());
        } catch (IOException e) {
            throw PluginException.of(400, "bad-request", "Unreadable upload", "The upload could not be read: "
                    + e.getMessage());
        }
        return upload(articleId, into, bytes, typed);
    }

    /** The same with the bytes already read (and capped) by the caller. */
    public PhotoImages.Uploaded upload(UUID articleId, Optional<UUID> into, byte[] bytes, PhotoText typed) {
        mustEdit(articleId);
        Optional<Photo> target = into.map(id -> photo(articleId, id));
        return images.upload(articleId, target, bytes, typed);
    }

    /** A caption slot: a photo with text and no image yet. */
    public Photo slot(UUID articleId, PhotoText text) {
        mustEdit(articleId);
        return photo(articleId, photos.insert(articleId, text));
    }

    /** Sets the text fields given (null keeps one, empty clears it) and, with {@code position}, moves the photo. */
    public Photo edit(UUID articleId, UUID photoId, PhotoText text, Integer position) {
        mustEdit(articleId);
        Photo photo = photo(articleId, photoId);
        List<UUID> order = position == null ? null : moved(articleId, photo, position);
        photos.updateText(photoId, text);
        if (order != null) {
            photos.reorder(articleId, order);
        }
        return photo(articleId, photoId);
    }

    /** Moves the photo to {@code position} (from 1; 1 makes it the lead photo). */
    public Photo move(UUID articleId, UUID photoId, int position) {
        return edit(articleId, photoId, PhotoText.NONE, position);
    }

    /** Puts the photos in this order: every photo id of the article once, lead first (422 otherwise). */
    public List<Photo> reorder(UUID articleId, List<String> ids) {
        mustEdit(articleId);
        List<UUID> expected = photos.list(articleId).stream().map(Photo::id).toList();
        List<UUID> order = new ArrayList<>();
        try {
            for (String id : ids == null ? List.<String>of() : ids) {
                order.add(UUID.fromString(String.valueOf(id)));
            }
        } catch (IllegalArgumentException e) {
            order.clear();
        }
        if (order.size() != expected.size() || !order.containsAll(expected)
                || order.stream().distinct().count() != order.size()) {
            throw PluginException.invalid("order", "list every photo id of this article exactly once, lead photo "
                    + "first: " + expected);
        }
        photos.reorder(articleId, order);
        return photos.list(articleId);
    }

    /** Deletes the photo (its image too, unless a reuse in another article still shows it). */
    public void delete(UUID articleId, UUID photoId) {
        mustEdit(articleId);
        images.delete(photo(articleId, photoId));
    }

    /**
     * Photos already in the CMS, for reuse in this article: words of their caption, credit or photographer start
     * with every word of {@code query} (ignoring case and punctuation); images this article shows are left out.
     */
    public List<Photo> search(UUID articleId, String query) {
        return photos.search(words(query), articleId, SEARCH_LIMIT);
    }

    /**
     * Attaches a photo already in the CMS to this article, at the end of its list: a copy of the photo's record
     * (caption, credit… then editable here alone) pointing at the same stored image, so nothing is uploaded
     * or stored twice.
     */
    public Photo reuse(UUID articleId, UUID sourcePhotoId) {
        mustEdit(articleId);
        Photo source = photos.findWithImage(sourcePhotoId).orElseThrow(() -> PluginException.notFound(
                "There is no photo " + sourcePhotoId + " with an image to reuse; search again."));
        if (!stored.keep(source.imageKey())) {
            throw PluginException.conflict("That photo's image was removed meanwhile; search again.");
        }
        return photo(articleId, photos.copy(source, articleId));
    }

    /** The words of a search as prefixes the store can use: letters and digits only, at most 8 of 50 each. */
    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < 8) {
                words.add(word.length() > 50 ? word.substring(0, 50) : word);
            }
        }
        return words;
    }

    /** Reads an upload into memory, refusing it (413) as soon as it passes {@code max} bytes. */
    public static byte[] readCapped(InputStream in, long max) throws IOException {
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

    /** The article's photo ids with {@code photo} moved to {@code position} (from 1). */
    private List<UUID> moved(UUID articleId, Photo photo, int position) {
        List<UUID> order = new ArrayList<>(photos.list(articleId).stream().map(Photo::id).toList());
        if (position < 1 || position > order.size()) {
            throw PluginException.invalid("position", "the article has " + order.size() + " photo(s); give a place "
                    + "from 1 to " + order.size());
        }
        order.remove(photo.id());
        order.add(position - 1, photo.id());
        return order;
    }

    /** 403 unless the request's caller may change the article's photos now (every change here checks it). */
    public void mustEdit(UUID articleId) {
        Caller caller = context.caller().orElseThrow(() -> PluginException.forbidden("Sign in to change photos."));
        if (!context.articles().mayEdit(articleId, caller)) {
            throw PluginException.forbidden("You cannot edit this article now, so you cannot change its photos "
                    + "(journalists edit their own drafts; editors any article that is not killed).");
        }
    }
}
