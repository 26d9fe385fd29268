package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.io.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The photo-captions plugin with {@code CMS_PHOTO_STORE=s3}, against a real S3-compatible server (S3Proxy,
 * {@link S3ProxySession}): every test of {@link PhotoCaptionsIT} again (inherited), plus what only a bucket
 * can get wrong: bytes land in the bucket and not in PostgreSQL, a rolled-back upload leaves no object, a
 * replaced or deleted image's object goes after the commit, an unreachable store is a 503 that changes
 * nothing, images kept in PostgreSQL before the switch stay readable, and an object changed behind the
 * CMS's back is never served. Runs only in failsafe's {@code s3-photos} execution (its own WildFly boot).
 */
@RunAsClient
@EnabledIfSystemProperty(named = "cms.it.s3.port", matches = "\\d+")
class PhotoCaptionsS3IT extends PhotoCaptionsIT {

    private static final String PREFIX = "photos/";

    @Test
    void newImagesLiveInTheBucketAndGoAfterTheirPhotoOrReplacementCommits() throws Exception {
        String photos = article(journalist) + "/photo-captions/photos";
        byte[] first = jpeg(640, 480);
        ApiClient.Reply uploaded = upload(journalist, photos, "a.jpg", "image/jpeg", first,
                Map.of("caption", "Banjir", "credit", "ANTARA"));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String photo = photos + "/" + uploaded.text("id");
        String key = imageKey(uploaded.text("id"));

        try (Connection db = Newsroom.database(); PreparedStatement row = db.prepareStatement(
                "select stored_in, bytes is null, size_bytes from plg_photo_captions_image where image_key = ?")) {
            row.setString(1, key);
            try (ResultSet rs = row.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("s3");
                assertThat(rs.getBoolean(2)).as("no bytes in PostgreSQL").isTrue();
                assertThat(rs.getInt(3)).isEqualTo(first.length);
            }
        }
        assertThat(bucket().blobExists(S3ProxySession.BUCKET, PREFIX + key)).isTrue();
        assertThat(getBytes(journalist.authorization(), photo + "/image").bytes()).isEqualTo(first);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(
                getBytes(journalist.authorization(), photo + "/image/320").bytes()));
        assertThat(small.getWidth()).isEqualTo(320);

        byte[] second = jpeg(800, 600);
        ApiClient.Reply replaced = upload(journalist, photo + "/image", "b.jpg", "image/jpeg", second);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        String newKey = imageKey(uploaded.text("id"));
        assertThat(newKey).isNotEqualTo(key);
        assertThat(bucket().blobExists(S3ProxySession.BUCKET, PREFIX + key)).as("the replaced object").isFalse();
        assertThat(getBytes(journalist.authorization(), photo + "/image").bytes()).isEqualTo(second);

        assertThat(journalist.api().send("DELETE", photo, null).status()).isEqualTo(204);
        assertThat(bucket().blobExists(S3ProxySession.BUCKET, PREFIX + newKey)).as("the deleted photo's object")
                .isFalse();
    }

    @Test
    void anUploadWhoseTransactionRollsBackLeavesNoObjectBehind() throws SQLException {
        String path = article(journalist);
        UUID articleId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        long objectsBefore = objects();
        String name = "plg_photo_captions_it_refuse_image_" + Long.toString(System.nanoTime(), 36);
        try (Connection db = Newsroom.database(); Statement sql = db.createStatement()) {
            // fails the upload after its bytes are in the bucket: attaching them to the photo is refused
            sql.execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                    + "raise exception 'injected failure: no image for article %', new.article_id; end $$");
            sql.execute("create trigger " + name + " before update of image_key on plg_photo_captions_photo "
                    + "for each row when (new.article_id = '" + articleId + "') execute function " + name + "()");
            try {
                ApiClient.Reply failed = upload(journalist, path + "/photo-captions/photos", "a.jpg", "image/jpeg",
                        jpeg(320, 240));

                assertThat(failed.status()).as(failed.raw()).isGreaterThanOrEqualTo(400);
                assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
                assertThat(failed.raw()).doesNotContain("PSQLException", "\tat ");
            } finally {
                sql.execute("drop trigger if exists " + name + " on plg_photo_captions_photo");
                sql.execute("drop function if exists " + name + "()");
            }
        }
        assertThat(objects()).as("objects in the bucket after the rolled-back upload").isEqualTo(objectsBefore);
        assertThat(journalist.api().get(path + "/photo-captions/photos").json()).isEmpty();

        ApiClient.Reply retried = upload(journalist, path + "/photo-captions/photos", "a.jpg", "image/jpeg",
                jpeg(320, 240));
        assertThat(retried.status()).as("the same upload without the injected failure").isEqualTo(201);
        assertThat(objects()).isEqualTo(objectsBefore + 1);
    }

    @Test
    void anUnreachableStoreIsA503ThatChangesNothing() {
        String photos = article(journalist) + "/photo-captions/photos";
        ApiClient.Reply stored = upload(journalist, photos, "a.jpg", "image/jpeg", jpeg(320, 240));
        assertThat(stored.status()).as(stored.raw()).isEqualTo(201);
        String image = photos + "/" + stored.text("id") + "/image";

        S3ProxySession.pause();
        try {
            ApiClient.Reply refused = upload(journalist, photos, "b.jpg", "image/jpeg", jpeg(400, 300));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.text("type")).isEqualTo("urn:newsroom-cms:problem:photo-store-unavailable");
            assertThat(refused.text("detail")).contains("Try again").doesNotContain("127.0.0.1");
            assertThat(getBytes(journalist.authorization(), image).status()).isEqualTo(503);
            assertThat(journalist.api().get(photos).json()).as("no photo was added").hasSize(1);
        } finally {
            S3ProxySession.resume();
        }
        assertThat(getBytes(journalist.authorization(), image).status()).isEqualTo(200);
    }

    @Test
    void imagesKeptInPostgresqlStayReadableAndATamperedObjectIsNotServed() throws SQLException {
        String photos = article(journalist) + "/photo-captions/photos";
        byte[] bytes = jpeg(500, 400);
        ApiClient.Reply moved = upload(journalist, photos, "a.jpg", "image/jpeg", bytes);
        ApiClient.Reply tampered = upload(journalist, photos, "b.jpg", "image/jpeg", jpeg(300, 200));
        String movedKey = imageKey(moved.text("id"));

        // as if stored before CMS_PHOTO_STORE=s3: the bytes in the row, no object
        try (Connection db = Newsroom.database(); PreparedStatement back = db.prepareStatement(
                "update plg_photo_captions_image set stored_in = 'postgresql', bytes = ? where image_key = ?")) {
            back.setBytes(1, bytes);
            back.setString(2, movedKey);
            assertThat(back.executeUpdate()).isEqualTo(1);
        }
        bucket().removeBlob(S3ProxySession.BUCKET, PREFIX + movedKey);
        assertThat(getBytes(journalist.authorization(), photos + "/" + moved.text("id") + "/image").bytes())
                .isEqualTo(bytes);

        String tamperedKey = imageKey(tampered.text("id"));
        bucket().putBlob(S3ProxySession.BUCKET, bucket().blobBuilder(PREFIX + tamperedKey)
                .payload(Payloads.newByteArrayPayload(jpeg(300, 201))).build());
        assertThat(getBytes(journalist.authorization(), photos + "/" + tampered.text("id") + "/image").status())
                .as("an object whose SHA-256 no longer matches").isEqualTo(404);
    }

    private static BlobStore bucket() {
        return S3ProxySession.blobs();
    }

    private static long objects() {
        return bucket().list(S3ProxySession.BUCKET, ListContainerOptions.Builder.prefix(PREFIX).recursive()).size();
    }

    private static String imageKey(String photoId) throws SQLException {
        try (Connection db = Newsroom.database(); PreparedStatement query = db.prepareStatement(
                "select image_key from plg_photo_captions_photo where id = ?")) {
            query.setObject(1, UUID.fromString(photoId));
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
