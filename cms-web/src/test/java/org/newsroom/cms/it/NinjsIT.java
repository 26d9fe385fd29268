package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Articles as IPTC ninjs 2.2, checked against the official schema, with the plugins' by, subjects and photos. */
class NinjsIT extends AbstractApiIT {

    @Test
    void aPublishedArticleIsValidNinjsWithBylineSubjectsAndItsPhoto() throws Exception {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Ninjs " + UUID.randomUUID()));
        String path = "/api/articles/" + created.text("id");
        journalist.put(path + "/tagging/tags", Map.of("tags", List.of("politik", "Ninjs" + created.text("id").substring(0, 6))));
        ApiClient.Reply photo = journalist.multipart(path + "/photo-captions/photos", List.of(
                ApiClient.Part.field("caption", "Kepala Staf Angkatan Bersenjata Iran"),
                ApiClient.Part.field("credit", "HanTer"),
                ApiClient.Part.field("altText", "A general at a lectern"),
                ApiClient.Part.file("file", "lead.jpg", "image/jpeg", jpeg(640, 480))));
        assertThat(photo.status()).as(photo.raw()).isEqualTo(201);

        JsonNode draft = journalist.get(path + "/ninjs").json();
        assertThat(NinjsSchema.problems(draft)).isEmpty();
        assertThat(draft.path("pubstatus").asText()).isEqualTo("withheld");

        move(journalist, path, "IN_REVIEW", null);
        String slug = move(editor, path, "PUBLISHED", null).text("slug");
        ApiClient.Reply reply = newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/ninjs+json");
        JsonNode ninjs = reply.json();
        assertThat(NinjsSchema.problems(ninjs)).as(ninjs.toPrettyString()).isEmpty();

        assertThat(ninjs.path("uri").asText()).isEqualTo("urn:newsroom-cms:article:" + created.text("id"));
        assertThat(ninjs.path("type").asText()).isEqualTo("text");
        assertThat(ninjs.path("pubstatus").asText()).isEqualTo("usable");
        assertThat(ninjs.path("language").asText()).isEqualTo("id");
        assertThat(ninjs.path("headlines").get(0).path("value").asText()).isEqualTo(created.text("headline"));
        assertThat(ninjs.path("bodies").get(0).path("contenttype").asText()).isEqualTo("text/html");
        assertThat(ninjs.path("bodies").get(0).path("value").asText()).contains("First paragraph.");
        assertThat(ninjs.path("located").asText()).isEqualTo("Jakarta");
        assertThat(ninjs.path("infosources").get(0).path("name").asText()).isEqualTo("HanTer");
        assertThat(ninjs.path("by").asText()).startsWith("Oleh ").contains("journalist");
        assertThat(ninjs.path("subjects").findValuesAsText("uri")).contains("http://cv.iptc.org/newscodes/mediatopic/11000000");
        JsonNode picture = ninjs.path("associations").get(0);
        assertThat(picture.path("type").asText()).isEqualTo("picture");
        assertThat(picture.path("descriptions").findValuesAsText("value")).contains("Kepala Staf Angkatan Bersenjata Iran",
                "HanTer", "A general at a lectern");
        String href = picture.path("renditions").get(1).path("href").asText();
        assertThat(href).startsWith("http").endsWith("/320");
        assertThat(newsroom.anonymous().raw("GET", href.substring(href.indexOf("/api/")), "text/plain", null).status())
                .isEqualTo(200);

        JsonNode v31 = newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs?version=3.1").json();
        assertThat(NinjsSchema.problems31(v31)).as(v31.toPrettyString()).isEmpty();
        assertThat(v31.path("versionCreated").asText()).isEqualTo(ninjs.path("versioncreated").asText());
        assertThat(v31.path("infoSources").get(0).path("name").asText()).isEqualTo("HanTer");
        assertThat(v31.path("bodies").get(0).path("contentType").asText()).isEqualTo("text/html");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs?version=9").status())
                .isEqualTo(422);

        JsonNode negotiated = newsroom.anonymous().get("/api/public/articles/" + slug, "Accept", "application/ninjs+json").json();
        assertThat(negotiated.path("uri").asText()).isEqualTo(ninjs.path("uri").asText());
        JsonNode plain = newsroom.anonymous().get("/api/public/articles/" + slug).json();
        assertThat(plain.has("uri")).isFalse();
        assertThat(plain.path("slug").asText()).isEqualTo(slug);
        assertThat(newsroom.anonymous().get("/api/public/articles/no-such-article.ninjs").status()).isEqualTo(404);
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
