package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The photo-captions plugin as shipped in the WAR, over HTTP: multipart uploads with size, type, bomb and
 * corruption checks; IPTC/XMP pre-fill that never overwrites typed fields; the publish veto naming each
 * photo; photos of drafts not public, published ones served with ETag, Cache-Control and renditions.
 * Test images are generated here; IPTC (APP13) and XMP (APP1) segments are written by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotoCaptionsIT {

    private static final String PLUGIN = "/api/admin/plugins/photo-captions";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    Account journalist;
    Account editor;

    /** A signed-in user: the JSON client plus the credentials for multipart and binary requests. */
    record Account(ApiClient api, String authorization) {
    }

    @BeforeEach
    void setUp() {
        newsroom = new Newsroom(base);
        assertThat(newsroom.admin.post(PLUGIN + "/enable", null).status()).isEqualTo(200);
        configure(Map.of());
        journalist = account("photo-journalist", "JOURNALIST");
        editor = account("photo-editor", "EDITOR");
    }

    @AfterEach
    void restoreDefaults() {
        configure(Map.of());
    }

    @Test
    void uploadsAreCheckedBySizeRealTypeDimensionsAndIntegrity() {
        String photos = article(journalist) + "/photo-captions/photos";

        ApiClient.Reply gif = upload(journalist, photos, "party.jpg", "image/jpeg", gif());
        assertThat(gif.status()).as(gif.raw()).isEqualTo(415);
        assertThat(gif.header("Content-Type")).startsWith("application/problem+json");
        assertThat(gif.text("type")).isEqualTo("urn:newsroom-cms:problem:unsupported-image-type");
        assertThat(gif.text("detail")).contains("image/gif");

        ApiClient.Reply corrupt = upload(journalist, photos, "broken.jpg", "image/jpeg", corruptJpeg());
        assertThat(corrupt.status()).as(corrupt.raw()).isEqualTo(422);
        assertThat(corrupt.text("type")).isEqualTo("urn:newsroom-cms:problem:corrupt-image");

        ApiClient.Reply bomb = upload(journalist, photos, "bomb.png", "image/png", pngClaiming(100_000, 100_000));
        assertThat(bomb.status()).as(bomb.raw()).isEqualTo(422);
        assertThat(bomb.text("type")).isEqualTo("urn:newsroom-cms:problem:image-too-many-pixels");
        assertThat(bomb.text("detail")).contains("100000 × 100000");

        // the declared type is ignored: a PNG sent as image/jpeg is stored as the PNG it is
        ApiClient.Reply png = upload(journalist, photos, "photo.jpg", "image/jpeg", png(300, 200));
        assertThat(png.status()).as(png.raw()).isEqualTo(201);
        assertThat(png.text("mediaType")).isEqualTo("image/png");
        assertThat(png.json().path("width").asInt()).isEqualTo(300);

        configure(Map.of("maxUploadMb", 1));
        try {
            byte[] big = Arrays.copyOf(jpeg(64, 64), 1024 * 1024 + 10_000);
            ApiClient.Reply tooLarge = upload(journalist, photos, "big.jpg", "image/jpeg", big);
            assertThat(tooLarge.status()).as(tooLarge.raw()).isEqualTo(413);
            assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
            assertThat(tooLarge.text("detail")).contains("1 MB");
        } finally {
            configure(Map.of());
        }

        assertThat(journalist.api().get(photos).json()).hasSize(1);
        Account stranger = account("photo-stranger", "JOURNALIST");
        assertThat(upload(stranger, photos, "x.jpg", "image/jpeg", jpeg(40, 40)).status()).isEqualTo(403);
    }

    @Test
    void embeddedMetadataFillsEmptyFieldsButNeverWhatAPersonTyped() {
        String photos = article(journalist) + "/photo-captions/photos";
        byte[] tagged = taggedJpeg("Warga melintasi banjir di Jakarta Utara", "Budi Santoso", "ANTARA",
                "(c) 2024 ANTARA", "A man wades through brown water past parked motorbikes");

        ApiClient.Reply fresh = upload(journalist, photos, "banjir.jpg", "image/jpeg", tagged);
        assertThat(fresh.status()).as(fresh.raw()).isEqualTo(201);
        assertThat(fresh.text("caption")).isEqualTo("Warga melintasi banjir di Jakarta Utara");
        assertThat(fresh.text("photographer")).isEqualTo("Budi Santoso");
        assertThat(fresh.text("credit")).isEqualTo("ANTARA");
        assertThat(fresh.text("copyright")).isEqualTo("(c) 2024 ANTARA");
        assertThat(fresh.text("altText")).isEqualTo("A man wades through brown water past parked motorbikes");
        assertThat(fresh.json().path("width").asInt()).isEqualTo(640);
        assertThat(fresh.json().path("height").asInt()).isEqualTo(480);
        assertThat(fresh.json().path("lead").asBoolean()).isTrue();
        assertThat(texts(fresh.json().path("prefilled")))
                .containsExactlyInAnyOrder("caption", "credit", "photographer", "copyright", "altText");

        ApiClient.Reply slot = journalist.api().post(photos + "/slots", Map.of("caption", "Typed caption"));
        assertThat(slot.status()).as(slot.raw()).isEqualTo(201);
        assertThat(slot.json().path("hasImage").asBoolean()).isFalse();
        ApiClient.Reply filled = upload(journalist, photos + "/" + slot.text("id") + "/image", "banjir.jpg",
                "image/jpeg", tagged);
        assertThat(filled.status()).as(filled.raw()).isEqualTo(200);
        assertThat(filled.text("caption")).isEqualTo("Typed caption");
        assertThat(filled.text("credit")).isEqualTo("ANTARA");
        assertThat(filled.json().path("hasImage").asBoolean()).isTrue();
        assertThat(texts(filled.json().path("prefilled"))).doesNotContain("caption").contains("credit");

        ApiClient.Reply typedAtUpload = upload(journalist, photos, "banjir.jpg", "image/jpeg", tagged,
                Map.of("caption", "Typed at upload"));
        assertThat(typedAtUpload.status()).as(typedAtUpload.raw()).isEqualTo(201);
        assertThat(typedAtUpload.text("caption")).isEqualTo("Typed at upload");
        assertThat(typedAtUpload.text("photographer")).isEqualTo("Budi Santoso");

        List<String> captions = texts(journalist.api().get(photos).json().findValues("caption"));
        assertThat(captions).containsExactly("Warga melintasi banjir di Jakarta Utara", "Typed caption",
                "Typed at upload");
    }

    @Test
    void publishingIsVetoedWithAReasonPerPhotoUntilEveryPhotoIsComplete() {
        String path = article(journalist);
        String photos = path + "/photo-captions/photos";
        ApiClient.Reply bare = upload(journalist, photos, "bare.jpg", "image/jpeg", jpeg(400, 300));
        assertThat(bare.status()).as(bare.raw()).isEqualTo(201);
        ApiClient.Reply slot = journalist.api().post(photos + "/slots", Map.of("caption", "Waiting for its image",
                "credit", "Reuters"));
        assertThat(slot.status()).as(slot.raw()).isEqualTo(201);
        assertThat(journalist.api().post(path + "/transitions", Map.of("to", "IN_REVIEW")).status()).isEqualTo(200);

        ApiClient.Reply vetoed = editor.api().post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(vetoed.status()).as(vetoed.raw()).isEqualTo(422);
        assertThat(vetoed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vetoed.json().path("reasons").findValuesAsText("plugin")).contains("photo-captions");
        assertThat(ourReasons(vetoed)).containsExactly(
                "Photo 1: add a caption",
                "Photo 1: add a credit line",
                "Photo 1: add alt text describing the image for readers who cannot see it",
                "Photo 2: upload the image (so far there is only a caption slot)",
                "Photo 2: add alt text describing the image for readers who cannot see it");
        assertThat(ourReasons(editor.api().post(path + "/transitions", Map.of("to", "PUBLISHED"),
                "Accept-Language", "id-ID,id;q=0.9"))).as("in the asking user's language").startsWith(
                "Foto 1: tambahkan keterangan", "Foto 1: tambahkan baris kredit");
        assertThat(editor.api().get(path).text("status")).isEqualTo("IN_REVIEW");

        // the journalist can no longer change photos of an article in review; the editor can
        assertThat(journalist.api().put(photos + "/" + bare.text("id"), Map.of("credit", "X")).status())
                .isEqualTo(403);
        assertThat(editor.api().send("DELETE", photos + "/" + slot.text("id"), null).status()).isEqualTo(204);
        ApiClient.Reply same = editor.api().put(photos + "/" + bare.text("id"), Map.of("caption", "Banjir di Demak",
                "credit", "ANTARA", "altText", "Banjir di Demak"));
        assertThat(same.status()).as(same.raw()).isEqualTo(200);
        assertThat(ourReasons(editor.api().post(path + "/transitions", Map.of("to", "PUBLISHED")))).containsExactly(
                "Photo 1: the alt text repeats the caption; describe what the image shows instead");

        assertThat(editor.api().put(photos + "/" + bare.text("id"),
                Map.of("altText", "Brown water up to the doors of houses")).status()).isEqualTo(200);
        ApiClient.Reply published = editor.api().post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
    }

    @Test
    void anEditSetsSentFieldsClearsNullOnesKeepsTheRestAndListsBadFields() {
        String photos = article(journalist) + "/photo-captions/photos";
        ApiClient.Reply slot = journalist.api().post(photos + "/slots", Map.of("caption", "Banjir di Demak",
                "credit", "ANTARA", "altText", "Brown water up to the doors"));
        assertThat(slot.status()).as(slot.raw()).isEqualTo(201);
        String photo = photos + "/" + slot.text("id");

        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("caption", "  Banjir di Demak, Jawa Tengah ");
        edit.put("credit", null);
        edit.put("altText", "");
        ApiClient.Reply edited = journalist.api().put(photo, edit);
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(edited.text("caption")).isEqualTo("Banjir di Demak, Jawa Tengah");
        assertThat(edited.json().path("credit").isNull()).as("null clears").isTrue();
        assertThat(edited.json().path("altText").isNull()).as("blank clears").isTrue();
        ApiClient.Reply kept = journalist.api().put(photo, Map.of("photographer", "Budi Santoso"));
        assertThat(kept.text("caption")).as("absent is kept").isEqualTo("Banjir di Demak, Jawa Tengah");

        ApiClient.Reply invalid = journalist.api().put(photo, Map.of("caption", "x".repeat(2001),
                "photographerContributor", "Budi Santoso", "position", 0));
        assertThat(invalid.status()).as(invalid.raw()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().path("errors").findValuesAsText("field"))
                .containsExactly("caption", "photographerContributor", "position");
        ApiClient.Reply tooFar = journalist.api().put(photo, Map.of("position", 3));
        assertThat(tooFar.status()).as(tooFar.raw()).isEqualTo(422);
        assertThat(tooFar.json().path("errors").get(0).path("message").asText()).contains("from 1 to 1");
        assertThat(journalist.api().put(photo, Map.of("colour", "blue")).status()).isEqualTo(400);
        ApiClient.Reply badOrder = journalist.api().put(photos + "/order", Map.of("order", List.of("nope")));
        assertThat(badOrder.status()).as(badOrder.raw()).isEqualTo(422);
        assertThat(badOrder.json().path("errors").get(0).path("field").asText()).isEqualTo("order");
        assertThat(journalist.api().get(photos).json().get(0).path("photographer").asText()).isEqualTo("Budi Santoso");
    }

    @Test
    void photosOfDraftsStayPrivateAndPublishedOnesAreServedWithRenditions() throws Exception {
        String path = article(journalist);
        String photos = path + "/photo-captions/photos";
        ApiClient.Reply second = upload(journalist, photos, "b.jpg", "image/jpeg", jpeg(800, 600),
                Map.of("caption", "Second", "credit", "AP", "altText", "A crowd in a square"));
        ApiClient.Reply lead = upload(journalist, photos, "a.jpg", "image/jpeg", jpeg(1600, 1200),
                Map.of("caption", "Kepala Staf Angkatan Bersenjata Iran", "credit", "Reuters",
                        "altText", "A general in uniform speaks at a lectern"));
        assertThat(lead.status()).as(lead.raw()).isEqualTo(201);
        ApiClient.Reply ordered = journalist.api().put(photos + "/order",
                Map.of("order", List.of(lead.text("id"), second.text("id"))));
        assertThat(ordered.status()).as(ordered.raw()).isEqualTo(200);
        assertThat(ordered.json().get(0).path("id").asText()).isEqualTo(lead.text("id"));
        assertThat(ordered.json().get(0).path("lead").asBoolean()).isTrue();
        String id = lead.text("id");

        ApiClient anonymous = newsroom.anonymous();
        assertThat(anonymous.get("/api/public/photos/" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/public/photos/" + id + "/320").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/public/photos/" + UUID.randomUUID()).status()).isEqualTo(404);
        Binary newsroomImage = getBytes(journalist.authorization(), photos + "/" + id + "/image");
        assertThat(newsroomImage.status()).isEqualTo(200);
        assertThat(newsroomImage.contentType()).isEqualTo("image/jpeg");

        JsonNode delivered = journalist.api().get(path).json().path("plugins").path("photo-captions").path("photos");
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(0).path("url").asText()).isEqualTo(photos + "/" + id + "/image");
        assertThat(delivered.get(0).path("renditions").path("320").asText()).isEqualTo(photos + "/" + id + "/image/320");

        assertThat(journalist.api().post(path + "/transitions", Map.of("to", "IN_REVIEW")).status()).isEqualTo(200);
        ApiClient.Reply published = editor.api().post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);

        Binary original = getBytes(null, "/api/public/photos/" + id);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).isEqualTo("image/jpeg");
        assertThat(original.etag()).isNotBlank();
        assertThat(original.cacheControl()).contains("public", "max-age=");
        assertThat(getBytes(null, "/api/public/photos/" + id, "If-None-Match", original.etag()).status())
                .isEqualTo(304);

        Binary small = getBytes(null, "/api/public/photos/" + id + "/320");
        assertThat(small.status()).isEqualTo(200);
        assertThat(small.contentType()).isEqualTo("image/jpeg");
        BufferedImage smallImage = ImageIO.read(new ByteArrayInputStream(small.bytes()));
        assertThat(smallImage.getWidth()).isEqualTo(320);
        assertThat(smallImage.getHeight()).isEqualTo(240);
        Binary again = getBytes(null, "/api/public/photos/" + id + "/320");
        assertThat(again.etag()).isEqualTo(small.etag());
        assertThat(again.bytes()).as("served from the rendition cache").isEqualTo(small.bytes());
        assertThat(getBytes(null, "/api/public/photos/" + id + "/320", "If-None-Match", small.etag()).status())
                .isEqualTo(304);
        assertThat(ImageIO.read(new ByteArrayInputStream(getBytes(null, "/api/public/photos/" + id + "/1280").bytes()))
                .getWidth()).isEqualTo(1280);
        assertThat(getBytes(null, "/api/public/photos/" + id + "/500").status()).isEqualTo(404);

        JsonNode live = anonymous.get("/api/public/articles/" + published.text("slug")).json()
                .path("plugins").path("photo-captions").path("photos");
        assertThat(live).hasSize(2);
        assertThat(live.get(0).path("lead").asBoolean()).isTrue();
        assertThat(live.get(0).path("caption").asText()).isEqualTo("Kepala Staf Angkatan Bersenjata Iran");
        assertThat(live.get(0).path("url").asText()).isEqualTo("/api/public/photos/" + id);
        assertThat(live.get(0).path("renditions").path("1280").asText()).isEqualTo("/api/public/photos/" + id + "/1280");
        assertThat(live.get(0).has("capturedAt")).as("no newsroom-only fields").isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    Account account(String prefix, String role) {
        String username = Newsroom.username(prefix);
        String password = "secret-" + username;
        ApiClient.Reply created = newsroom.admin.post("/api/admin/users",
                Map.of("username", username, "password", password, "displayName", prefix, "roles", List.of(role)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Account(ApiClient.as(base, username, password), "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    String article(Account author) {
        ApiClient.Reply created = author.api().post("/api/articles", Newsroom.article("Foto " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return "/api/articles/" + created.text("id");
    }

    private void configure(Map<String, Object> config) {
        ApiClient.Reply reply = newsroom.admin.put(PLUGIN + "/config", config);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    /** The veto reasons this plugin gave (other installed plugins may add their own). */
    private static List<String> ourReasons(ApiClient.Reply vetoed) {
        List<String> reasons = new ArrayList<>();
        vetoed.json().path("reasons").forEach(r -> {
            if ("photo-captions".equals(r.path("plugin").asText())) {
                reasons.add(r.path("reason").asText());
            }
        });
        return reasons;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    ApiClient.Reply upload(Account who, String path, String filename, String declaredType, byte[] file) {
        return upload(who, path, filename, declaredType, file, Map.of());
    }

    /** POSTs multipart/form-data: text parts, then the file part named "file". */
    ApiClient.Reply upload(Account who, String path, String filename, String declaredType, byte[] file,
                           Map<String, String> fields) {
        String boundary = "----photo-captions-it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new LinkedHashMap<>(fields).forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", who.authorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        JsonNode json;
        try {
            json = response.body().isEmpty() ? MissingNode.getInstance() : ApiClient.JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = MissingNode.getInstance();
        }
        return new ApiClient.Reply(response.statusCode(), headers, response.body(), json);
    }

    /** A binary GET response. */
    record Binary(int status, String contentType, String etag, String cacheControl, byte[] bytes) {
    }

    Binary getBytes(String authorization, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(""),
                response.headers().firstValue("Cache-Control").orElse(""), response.body());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path.replaceFirst("^/", ""));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- generated images ------------------------------------------------------------------------------

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** The start of a GIF: enough for the type to be recognised from the content. */
    private static byte[] gif() {
        byte[] bytes = Arrays.copyOf("GIF89a".getBytes(StandardCharsets.US_ASCII), 64);
        bytes[6] = 16;
        bytes[8] = 16;
        return bytes;
    }

    /** A JPEG's first marker, then junk: the header cannot be read. */
    private static byte[] corruptJpeg() {
        byte[] bytes = new byte[600];
        Arrays.fill(bytes, (byte) 0x41);
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xd8;
        bytes[2] = (byte) 0xff;
        bytes[3] = (byte) 0xe0;
        return bytes;
    }

    /** A PNG whose IHDR claims {@code width × height}: tiny on disk, a decompression bomb if decoded. */
    private static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        pngChunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A 640×480 JPEG with an IPTC IIM block (APP13 "Photoshop 3.0", resource 0x0404: caption, by-line,
     * credit, copyright; UTF-8 declared) and an XMP packet (APP1) with Alt Text (Accessibility).
     */
    private static byte[] taggedJpeg(String caption, String byline, String credit, String copyright, String alt) {
        ByteArrayOutputStream iptc = new ByteArrayOutputStream();
        iptcDataset(iptc, 1, 90, new byte[] {0x1b, 0x25, 0x47}); // coded character set: UTF-8
        iptcDataset(iptc, 2, 120, caption.getBytes(StandardCharsets.UTF_8));
        iptcDataset(iptc, 2, 80, byline.getBytes(StandardCharsets.UTF_8));
        iptcDataset(iptc, 2, 110, credit.getBytes(StandardCharsets.UTF_8));
        iptcDataset(iptc, 2, 116, copyright.getBytes(StandardCharsets.UTF_8));
        byte[] iptcData = iptc.toByteArray();

        ByteArrayOutputStream app13 = new ByteArrayOutputStream();
        app13.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        app13.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
        app13.writeBytes(new byte[] {0x04, 0x04, 0x00, 0x00}); // resource id 0x0404, empty name padded to even
        app13.writeBytes(ByteBuffer.allocate(4).putInt(iptcData.length).array());
        app13.writeBytes(iptcData);
        if (iptcData.length % 2 == 1) {
            app13.write(0);
        }

        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">"
                + "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang=\"x-default\">" + alt
                + "</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility></rdf:Description></rdf:RDF></x:xmpmeta>";
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.writeBytes("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII));
        app1.writeBytes(xmp.getBytes(StandardCharsets.UTF_8));

        byte[] plain = jpeg(640, 480);
        int afterApp0 = 2; // SOI, then the writer's JFIF APP0 segment, which must stay first
        if ((plain[2] & 0xff) == 0xff && (plain[3] & 0xff) == 0xe0) {
            afterApp0 = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterApp0);
        segment(out, 0xe1, app1.toByteArray());
        segment(out, 0xed, app13.toByteArray());
        out.write(plain, afterApp0, plain.length - afterApp0);
        return out.toByteArray();
    }

    private static void iptcDataset(ByteArrayOutputStream out, int record, int dataset, byte[] value) {
        out.write(0x1c);
        out.write(record);
        out.write(dataset);
        out.write(value.length >> 8);
        out.write(value.length & 0xff);
        out.writeBytes(value);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xff);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(payload);
    }
}
