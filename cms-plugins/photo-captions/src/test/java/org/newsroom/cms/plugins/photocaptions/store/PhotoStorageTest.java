package org.newsroom.cms.plugins.photocaptions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PhotoStorageTest {

    @Test
    void postgresqlIsTheDefault() {
        assertThat(PhotoStorage.fromEnvironment(Map.of())).isEmpty();
        assertThat(PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "PostgreSQL"))).isEmpty();
        assertThat(PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", " "))).isEmpty();
    }

    @Test
    void s3OnAwsNeedsOnlyABucket() {
        PhotoStorage.S3Settings s3 = PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "s3",
                "CMS_S3_BUCKET", "newsroom-photos")).orElseThrow();

        assertThat(s3.bucket()).isEqualTo("newsroom-photos");
        assertThat(s3.region()).isEqualTo("us-east-1");
        assertThat(s3.endpoint()).isEmpty();
        assertThat(s3.pathStyle()).as("AWS itself takes virtual-hosted addresses").isFalse();
        assertThat(s3.accessKey()).as("the SDK's default credentials chain").isEmpty();
        assertThat(s3.prefix()).isEqualTo("photos/");
    }

    @Test
    void anS3CompatibleServerGetsPathStyleAndTheGivenKeys() {
        PhotoStorage.S3Settings s3 = PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "s3",
                "CMS_S3_BUCKET", "photos", "CMS_S3_ENDPOINT", "http://minio:9000", "CMS_S3_REGION", "eu-central-1",
                "CMS_S3_ACCESS_KEY", "newsroom", "CMS_S3_SECRET_KEY", "s3cr3t", "CMS_S3_PREFIX", "prod/")).orElseThrow();

        assertThat(s3.endpoint()).contains("http://minio:9000");
        assertThat(s3.pathStyle()).isTrue();
        assertThat(s3.region()).isEqualTo("eu-central-1");
        assertThat(s3.accessKey()).contains("newsroom");
        assertThat(s3.secretKey()).contains("s3cr3t");
        assertThat(s3.prefix()).isEqualTo("prod/");
        assertThat(s3.toString()).as("settings may be logged").doesNotContain("s3cr3t");
        assertThat(PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "s3", "CMS_S3_BUCKET", "photos",
                "CMS_S3_ENDPOINT", "https://s3.example.net", "CMS_S3_PATH_STYLE", "false")))
                .map(PhotoStorage.S3Settings::pathStyle).isEqualTo(Optional.of(false));
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        assertThatThrownBy(() -> PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "s3",
                "CMS_S3_ENDPOINT", "minio:9000", "CMS_S3_ACCESS_KEY", "newsroom", "CMS_S3_PATH_STYLE", "yes",
                "CMS_S3_PREFIX", "/photos/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CMS_S3_BUCKET is required")
                .hasMessageContaining("CMS_S3_ENDPOINT must be http(s)://host[:port]")
                .hasMessageContaining("both CMS_S3_ACCESS_KEY and CMS_S3_SECRET_KEY")
                .hasMessageContaining("CMS_S3_PATH_STYLE must be true or false")
                .hasMessageContaining("CMS_S3_PREFIX must not start with /");
        assertThatThrownBy(() -> PhotoStorage.fromEnvironment(Map.of("CMS_PHOTO_STORE", "filesystem")))
                .hasMessageContaining("use postgresql (the default) or s3");
    }
}
