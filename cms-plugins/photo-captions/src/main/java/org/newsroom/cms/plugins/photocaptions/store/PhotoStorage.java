package org.newsroom.cms.plugins.photocaptions.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where new image bytes go, chosen by the node's environment (never by a plugin setting, which an admin could
 * change on one node only and which would put credentials in the database):
 * <ul>
 *     <li>{@code CMS_PHOTO_STORE}: {@code postgresql} (the default: bytes in {@code plg_photo_captions_image})
 *     or {@code s3};</li>
 *     <li>for {@code s3}: {@code CMS_S3_BUCKET} (required), {@code CMS_S3_REGION} (default {@code us-east-1}),
 *     {@code CMS_S3_ENDPOINT} (for MinIO, Ceph or another S3-compatible server; path-style addressing then,
 *     unless {@code CMS_S3_PATH_STYLE=false}), {@code CMS_S3_ACCESS_KEY} and {@code CMS_S3_SECRET_KEY}
 *     (both or neither; without them the SDK's default chain: {@code AWS_*} variables, profile, instance or pod
 *     role) and {@code CMS_S3_PREFIX} (default {@code photos/}).</li>
 * </ul>
 * Images already stored stay readable where they are, whichever store is chosen later: each image row says
 * where its bytes are ({@code stored_in}).
 */
public final class PhotoStorage {

    /** The S3 settings, all checked. */
    public record S3Settings(String bucket, String region, Optional<String> endpoint, boolean pathStyle,
                             Optional<String> accessKey, Optional<String> secretKey, String prefix) {
        @Override
        public String toString() { // never the secret
            return "S3Settings[bucket=" + bucket + ", region=" + region + ", endpoint=" + endpoint.orElse("(AWS)")
                    + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
        }
    }

    private PhotoStorage() {
    }

    /**
     * The S3 settings when {@code CMS_PHOTO_STORE=s3}, empty for PostgreSQL.
     *
     * @throws IllegalArgumentException naming every variable that is wrong, so the plugin does not start on a
     *                                  half-configured store
     */
    public static Optional<S3Settings> fromEnvironment(Map<String, String> env) {
        String store = value(env, "CMS_PHOTO_STORE").orElse("postgresql").toLowerCase(Locale.ROOT);
        if (store.equals("postgresql")) {
            return Optional.empty();
        }
        if (!store.equals("s3")) {
            throw new IllegalArgumentException("CMS_PHOTO_STORE is \"" + store + "\"; use postgresql (the default) "
                    + "or s3.");
        }
        List<String> problems = new ArrayList<>();
        Optional<String> bucket = value(env, "CMS_S3_BUCKET");
        if (bucket.isEmpty()) {
            problems.add("CMS_S3_BUCKET is required with CMS_PHOTO_STORE=s3");
        }
        Optional<String> endpoint = value(env, "CMS_S3_ENDPOINT");
        if (endpoint.isPresent() && !endpoint.get().matches("https?://[^/\\s]+/?")) {
            problems.add("CMS_S3_ENDPOINT must be http(s)://host[:port], not \"" + endpoint.get() + "\"");
        }
        Optional<String> accessKey = value(env, "CMS_S3_ACCESS_KEY");
        Optional<String> secretKey = value(env, "CMS_S3_SECRET_KEY");
        if (accessKey.isPresent() != secretKey.isPresent()) {
            problems.add("set both CMS_S3_ACCESS_KEY and CMS_S3_SECRET_KEY, or neither (for the SDK's default "
                    + "credentials)");
        }
        Optional<String> pathStyle = value(env, "CMS_S3_PATH_STYLE").map(v -> v.toLowerCase(Locale.ROOT));
        if (pathStyle.isPresent() && !pathStyle.get().matches("true|false")) {
            problems.add("CMS_S3_PATH_STYLE must be true or false");
        }
        String prefix = value(env, "CMS_S3_PREFIX").orElse("photos/");
        if (prefix.startsWith("/")) {
            problems.add("CMS_S3_PREFIX must not start with /");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The S3 photo store is misconfigured: " + String.join("; ", problems)
                    + ".");
        }
        return Optional.of(new S3Settings(bucket.get(), value(env, "CMS_S3_REGION").orElse("us-east-1"), endpoint,
                pathStyle.map(Boolean::parseBoolean).orElse(endpoint.isPresent()), accessKey, secretKey, prefix));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
