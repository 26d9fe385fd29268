package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;

import org.newsroom.cms.plugin.api.PluginException;

/**
 * Image bytes outside PostgreSQL, by key: an S3-compatible bucket ({@link S3Bucket}). Each call is one remote
 * request outside the database transaction; {@link ImageStore} ties them to it. Implementations are
 * thread-safe; when the store cannot be reached or refuses, they log why and throw {@link #unavailable()}.
 */
public interface ObjectBucket extends AutoCloseable {

    /** Stores the bytes under the key, replacing nothing (keys are new UUIDs). */
    void put(String key, byte[] bytes, String mediaType);

    /** The bytes under the key; empty when there is no such object. */
    Optional<byte[]> get(String key);

    /** Removes the object; a missing one is not an error. */
    void delete(String key);

    /** Where the objects go, for logs and readiness: e.g. {@code s3://newsroom-photos/photos/ at http://…}. */
    String describe();

    @Override
    void close();

    /** The 503 for a store that cannot be reached or refuses: it tells the caller only to try again. */
    static PluginException unavailable() {
        return PluginException.of(503, "photo-store-unavailable", "Photo store unavailable",
                "The store that keeps the photos did not answer; nothing was changed. Try again in a minute.");
    }
}
