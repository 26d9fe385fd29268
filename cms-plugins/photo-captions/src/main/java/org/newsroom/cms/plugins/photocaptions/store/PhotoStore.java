package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;

/**
 * Where image bytes live, by an opaque key. The default keeps them in PostgreSQL
 * ({@link PostgresPhotoStore}); a filesystem or S3-compatible store can implement the same three calls.
 * Keys are never reused: replacing an image stores new bytes under a new key and deletes the old one.
 */
public interface PhotoStore {

    /** Stores the bytes and returns their new key. */
    String put(byte[] bytes, String mediaType, String sha256);

    /** The bytes under this key, if still there. */
    Optional<byte[]> get(String key);

    /** Deletes the bytes; deleting a missing key does nothing. */
    void delete(String key);
}
