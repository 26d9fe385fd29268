package org.newsroom.cms.plugins.photocaptions.store;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.newsroom.cms.plugin.api.PluginException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Image bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph, S3Proxy…), one object per image under
 * {@code prefix + key}, through the AWS SDK for Java v2 with the JDK's URL connection (no Netty, no Apache
 * client in the WAR). Checksums are sent and checked only where the service requires them, because many
 * S3-compatible servers reject the SDK's newer trailing checksums; {@link ImageStore} checks each image's
 * SHA-256 on the way out instead.
 */
public final class S3Bucket implements ObjectBucket {

    private static final Logger LOG = Logger.getLogger(S3Bucket.class.getName());

    private final S3Client s3;
    private final PhotoStorage.S3Settings settings;

    public S3Bucket(PhotoStorage.S3Settings settings) {
        this.settings = settings;
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(settings.pathStyle())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)));
        settings.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    private static AwsCredentialsProvider credentials(PhotoStorage.S3Settings settings) {
        if (settings.accessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(),
                    settings.secretKey().orElseThrow()));
        }
        // AWS_ACCESS_KEY_ID…, a profile, or the instance's / pod's role
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        try {
            s3.putObject(r -> r.bucket(settings.bucket()).key(objectKey(key)).contentType(mediaType)
                    .contentLength((long) bytes.length), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw unavailable("store image " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(settings.bucket()).key(objectKey(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw unavailable("read image " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(r -> r.bucket(settings.bucket()).key(objectKey(key)));
        } catch (SdkException e) {
            throw unavailable("delete image " + key, e);
        }
    }

    private String objectKey(String key) {
        return settings.prefix() + key;
    }

    private PluginException unavailable(String what, SdkException e) {
        LOG.warning("Could not " + what + " in " + describe() + ": " + e.getMessage());
        LOG.log(Level.FINE, "Why " + what + " failed", e); // one line per failed request, the trace on demand
        return ObjectBucket.unavailable();
    }

    @Override
    public String describe() {
        return "s3://" + settings.bucket() + "/" + settings.prefix()
                + settings.endpoint().map(e -> " at " + e).orElse(" in " + settings.region());
    }

    @Override
    public void close() {
        s3.close();
    }
}
