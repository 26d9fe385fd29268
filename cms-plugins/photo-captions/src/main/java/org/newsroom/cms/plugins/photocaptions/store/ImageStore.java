package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

/**
 * Image bytes by an opaque key, in {@code plg_photo_captions_image} (bytea), in the caller's transaction: an
 * upload that fails later leaves no orphaned bytes. Keys are never reused for other bytes: replacing an image
 * stores new bytes under a new key and deletes the old ones once no photo points at them (a photo reused in
 * another article shares its original's key). (A filesystem or S3 store would offer the same three
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

    /**
     * Deletes the bytes unless a photo still points at them; a missing key does nothing. The image row is locked
     * first and the photos are looked at afterwards, in a statement of their own, so a reuse that committed
     * meanwhile ({@link #keep}) is seen and its image stays.
     */
    public void deleteUnused(String key) {
        jdbi.useHandle(h -> {
            boolean present = h.createQuery("select 1 from plg_photo_captions_image where image_key = :key for update")
                    .bind("key", key)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (present) {
                h.createUpdate("delete from plg_photo_captions_image i where i.image_key = :key and not exists "
                                + "(select 1 from plg_photo_captions_photo p where p.image_key = :key)")
                        .bind("key", key)
                        .execute();
            }
        });
    }

    /**
     * Whether the bytes are there, keeping them there until the transaction ends (a share lock): a photo that
     * is about to point at stored bytes asks this first, so a concurrent {@link #deleteUnused} cannot remove them.
     */
    public boolean keep(String key) {
        return jdbi.withHandle(h -> h.createQuery("select 1 from plg_photo_captions_image where image_key = :key "
                        + "for share")
                .bind("key", key)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }
}
