package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

/**
 * Image bytes by an opaque key, in {@code plg_photo_captions_image} (bytea), in the caller's transaction: an
 * upload that fails later leaves no orphaned bytes. Keys are never reused: replacing an image stores new
 * bytes under a new key and deletes the old ones. (A filesystem or S3 store would offer the same three
 * calls; make this an interface when there is a second one.)
 */
public final class ImageStore {

    private final Jdbi jdbi;

    public ImageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the bytes and returns their new key. */
    public String put(byte[] bytes, String mediaType, String sha256) {
        String key = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("insert into plg_photo_captions_image (image_key, media_type, size_bytes, "
                        + "sha256, bytes) values (:key, :mediaType, :size, :sha256, :bytes)")
                .bind("key", key)
                .bind("mediaType", mediaType)
                .bind("size", bytes.length)
                .bind("sha256", sha256)
                .bind("bytes", bytes)
                .execute());
        return key;
    }

    /** The bytes under this key, if still there. */
    public Optional<byte[]> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("select bytes from plg_photo_captions_image where image_key = :key")
                .bind("key", key)
                .mapTo(byte[].class)
                .findOne());
    }

    /** Deletes the bytes; deleting a missing key does nothing. */
    public void delete(String key) {
        jdbi.useHandle(h -> h.createUpdate("delete from plg_photo_captions_image where image_key = :key")
                .bind("key", key)
                .execute());
    }
}
