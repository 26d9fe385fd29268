package org.newsroom.cms.plugins.photocaptions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.PluginException;

/** The S3 client against a real S3 server (S3Proxy on an in-memory blob store, in this JVM). */
class S3BucketTest {

    private static final String BUCKET = "newsroom-photos";
    private static BlobStoreContext blobs;
    private static S3Proxy proxy;
    private static S3Bucket bucket;

    @BeforeAll
    static void startS3() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "newsroom", "s3-secret").build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        bucket = new S3Bucket(settings("http://127.0.0.1:" + proxy.getPort(), "s3-secret"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        bucket.close();
        proxy.stop();
        blobs.close();
    }

    private static PhotoStorage.S3Settings settings(String endpoint, String secret) {
        return PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "s3", "CMS_S3_BUCKET", BUCKET,
                "CMS_S3_ENDPOINT", endpoint, "CMS_S3_ACCESS_KEY", "newsroom", "CMS_S3_SECRET_KEY", secret,
                "CMS_S3_PREFIX", "test/")).orElseThrow();
    }

    @Test
    void putGetAndDeleteAnObjectUnderThePrefix() {
        byte[] bytes = "not really a JPEG".getBytes(StandardCharsets.UTF_8);

        bucket.put("k1", bytes, "image/jpeg");

        BlobStore store = blobs.getBlobStore();
        assertThat(store.blobExists(BUCKET, "test/k1")).isTrue();
        assertThat(store.blobMetadata(BUCKET, "test/k1").getContentMetadata().getContentType())
                .isEqualTo("image/jpeg");
        assertThat(bucket.get("k1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));

        bucket.delete("k1");

        assertThat(store.blobExists(BUCKET, "test/k1")).isFalse();
        assertThat(bucket.get("k1")).isEmpty();
        bucket.delete("k1"); // a missing object is no error
    }

    @Test
    void aRefusingOrUnreachableStoreIsA503ThatSaysOnlyToTryAgain() {
        try (S3Bucket wrongKey = new S3Bucket(settings("http://127.0.0.1:" + proxy.getPort(), "wrong"));
             S3Bucket nobody = new S3Bucket(settings("http://127.0.0.1:9", "s3-secret"))) {
            for (S3Bucket failing : new S3Bucket[] {wrongKey, nobody}) {
                assertThatThrownBy(() -> failing.put("k2", new byte[] {1}, "image/png"))
                        .isInstanceOfSatisfying(PluginException.class, e -> {
                            assertThat(e.status()).isEqualTo(503);
                            assertThat(e.getMessage()).contains("Try again").doesNotContain("127.0.0.1", BUCKET);
                        });
                assertThatThrownBy(() -> failing.get("k2")).isInstanceOf(PluginException.class);
            }
        }
        assertThat(bucket.get("k2")).isEqualTo(Optional.empty());
    }

    @Test
    void describesWhereTheObjectsGo() {
        assertThat(bucket.describe()).isEqualTo("s3://newsroom-photos/test/ at http://127.0.0.1:" + proxy.getPort());
    }
}
