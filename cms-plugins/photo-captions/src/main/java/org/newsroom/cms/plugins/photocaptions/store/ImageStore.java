package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.photocaptions.image.ImageInspector;

/**
 * Image bytes by an opaque key. Each image has a row in {@code plg_photo_captions_image}, in the caller's
 * transaction: its type, size, SHA-256 and where the bytes are ({@code stored_in}): in the row itself
 * ({@code postgresql}, the default) or in an {@link ObjectBucket} ({@code s3}). New images go where the node
 * is configured to put them ({@link PhotoStorage}); older ones are read where they are.
 * <p>
 * The row is what photos point at and what is locked, so reuse and deletion behave the same with either store.
 * A bucket cannot join the transaction, so: an upload is put into the bucket first and removed again if the
 * transaction rolls back; an object is deleted only after the transaction that deleted its row has committed
 * (if that delete fails, an unreferenced object stays behind and is logged, never a row without its bytes).
 * Keys are never reused for other bytes: replacing an image stores new bytes under a new key and deletes the
 * old ones once no photo points at them (a photo reused in another article shares its original's key).
 */
public final class ImageStore {

    private static final Logger LOG = Logger.getLogger(ImageStore.class.getName());
    private static final String IN_POSTGRESQL = "postgresql";
    private static final String IN_S3 = "s3";

    private final PluginContext context;
    private final Optional<ObjectBucket> bucket;

    /** {@code bucket} empty: new bytes go into PostgreSQL. */
    public ImageStore(PluginContext context, Optional<ObjectBucket> bucket) {
        this.context = context;
        this.bucket = bucket;
    }

    /** Stores the bytes and returns their new key. */
    public String put(byte[] bytes, String mediaType, String sha256) {
        String key = UUID.randomUUID().toString();
        if (bucket.isPresent()) {
            ObjectBucket objects = bucket.get();
            objects.put(key, bytes, mediaType);
            context.afterTransaction(committed -> {
                if (!committed) {
                    objects.delete(key);
                }
            });
        }
        context.jdbi().useHandle(h -> h.createUpdate("insert into plg_photo_captions_image (image_key, media_type, "
                        + "size_bytes, sha256, stored_in, bytes) values (:key, :mediaType, :size, :sha256, :storedIn, "
                        + ":bytes)")
                .bind("key", key)
                .bind("mediaType", mediaType)
                .bind("size", bytes.length)
                .bind("sha256", sha256)
                .bind("storedIn", bucket.isPresent() ? IN_S3 : IN_POSTGRESQL)
                .bind("bytes", bucket.isPresent() ? null : bytes)
                .execute());
        return key;
    }

    /**
     * The bytes under this key, if still there. Bytes from a bucket are checked against the row's SHA-256: an
     * object that was changed or lost behind the CMS's back counts as missing (and is logged).
     *
     * @throws PluginException 503 when the bytes are in a bucket that cannot be reached or is not configured
     */
    public Optional<byte[]> get(String key) {
        Optional<Stored> stored = context.jdbi().withHandle(h -> h.createQuery("select stored_in, sha256, bytes "
                        + "from plg_photo_captions_image where image_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> new Stored(rs.getString("stored_in"), rs.getString("sha256"), rs.getBytes("bytes")))
                .findOne());
        if (stored.isEmpty() || IN_POSTGRESQL.equals(stored.get().storedIn())) {
            return stored.map(Stored::bytes);
        }
        if (bucket.isEmpty()) {
            LOG.severe("Image " + key + " is kept in S3, but this node has no S3 photo store: set CMS_PHOTO_STORE=s3 "
                    + "and the CMS_S3_* variables as on the node that stored it");
            throw ObjectBucket.unavailable();
        }
        Optional<byte[]> bytes = bucket.get().get(key);
        if (bytes.isEmpty()) {
            LOG.warning("Image " + key + " has no object in " + bucket.get().describe());
        } else if (!ImageInspector.sha256(bytes.get()).equals(stored.get().sha256())) {
            LOG.warning("Image " + key + " in " + bucket.get().describe() + " does not match its SHA-256; not served");
            return Optional.empty();
        }
        return bytes;
    }

    private record Stored(String storedIn, String sha256, byte[] bytes) {
    }

    /**
     * Deletes the bytes unless a photo still points at them; a missing key does nothing. The image row is locked
     * first and the photos are looked at afterwards, in a statement of their own, so a reuse that committed
     * meanwhile ({@link #keep}) is seen and its image stays. An object in a bucket goes once this commits.
     */
    public void deleteUnused(String key) {
        Optional<String> deleted = context.jdbi().withHandle(h -> {
            boolean present = h.createQuery("select 1 from plg_photo_captions_image where image_key = :key for update")
                    .bind("key", key)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (!present) {
                return Optional.<String>empty();
            }
            return h.createQuery("delete from plg_photo_captions_image i where i.image_key = :key and not exists "
                            + "(select 1 from plg_photo_captions_photo p where p.image_key = :key) returning stored_in")
                    .bind("key", key)
                    .mapTo(String.class)
                    .findOne();
        });
        if (deleted.filter(IN_S3::equals).isPresent()) {
            context.afterTransaction(committed -> {
                if (committed) {
                    bucket.ifPresentOrElse(objects -> objects.delete(key), () -> LOG.warning("Image " + key
                            + " was deleted, but its S3 object stays: this node has no S3 photo store"));
                }
            });
        }
    }
    /**
     * Whether the bytes are there, keeping them there until the transaction ends (a share lock): a photo that
     * is about to point at stored bytes asks this first, so a concurrent {@link #deleteUnused} cannot remove them.
     */
    public boolean keep(String key) {
        return context.jdbi().withHandle(h -> h.createQuery("select 1 from plg_photo_captions_image where image_key = :key "
                        + "for share")
                .bind("key", key)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }
}
