package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Embeds through the API: each provider's figure is stored exactly, hostile ones are not; the address reader
 * the editor asks; published, the ninjs bodies carry links to the posts, and importing that ninjs keeps links.
 */
class EmbedsIT extends AbstractApiIT {

    static final List<String> FIGURES = List.of(
            "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>",
            "<figure data-embed=\"x\" data-id=\"jack/20\"></figure>",
            "<figure data-embed=\"instagram\" data-id=\"C7xYz12AbCd\"></figure>",
            "<figure data-embed=\"tiktok\" data-id=\"kompas.tv/7345678901234567890\"></figure>");
    static final List<String> LINKS = List.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://x.com/jack/status/20", "https://www.instagram.com/p/C7xYz12AbCd/",
            "https://www.tiktok.com/@kompas.tv/video/7345678901234567890");
    static final String HOSTILE = "<figure data-embed=\"youtube\" data-id='x\" onload=\"alert(1)'></figure>"
            + "<figure data-embed=\"vimeo\" data-id=\"123456\"></figure>"
            + "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"><iframe src=\"https://evil.example/\"></iframe></figure>"
            + "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>"
            + "<script src=\"https://platform.twitter.com/widgets.js\"></script>";

    @Test
    void embedsAreStoredExactlyHostileOnesAreNotAndNinjsCarriesLinks() {
        String body = "<p>Pembuka.</p>" + String.join("", FIGURES) + HOSTILE + "<p>Penutup.</p>";
        Map<String, Object> article = new HashMap<>(Newsroom.article("Embeds " + UUID.randomUUID()));
        article.put("body", body);
        ApiClient.Reply created = journalist.post("/api/articles", article);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");

        String stored = journalist.get(path).text("body");
        // the hostile youtube figure with an iframe inside is a valid embed: emptied, it is the fifth figure
        assertThat(stored).isEqualTo("<p>Pembuka.</p>" + String.join("", FIGURES) + FIGURES.get(0) + "<p>Penutup.</p>");
        assertThat(stored).doesNotContain("onload", "vimeo", "iframe", "script", "evil");

        JsonNode draft = journalist.get(path + "/ninjs").json();
        assertThat(NinjsSchema.problems(draft)).isEmpty();
        assertBodyLinksEveryPost(draft);

        move(journalist, path, "IN_REVIEW", null);
        String slug = move(editor, path, "PUBLISHED", null).text("slug");
        JsonNode live = newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs").json();
        assertThat(NinjsSchema.problems(live)).as(live.toPrettyString()).isEmpty();
        assertBodyLinksEveryPost(live);

        // the round trip: an imported link stays a link (it is no embed address in a figure)
        ApiClient.Reply imported = editor.post("/api/import/ninjs", live);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        String importedBody = editor.get("/api/articles/" + imported.text("id")).text("body");
        assertThat(importedBody).doesNotContain("<figure");
        // the sanitiser writes = and @ in attributes as character references: compare the links as parsed
        assertThat(org.jsoup.Jsoup.parseBodyFragment(importedBody).select("p > a[href]").eachAttr("href"))
                .containsExactly(LINKS.get(0), LINKS.get(1), LINKS.get(2), LINKS.get(3), LINKS.get(0));
    }

    private static void assertBodyLinksEveryPost(JsonNode ninjs) {
        String html = ninjs.path("bodies").get(0).path("value").asText();
        assertThat(html).doesNotContain("<figure", "data-embed");
        LINKS.forEach(link -> assertThat(html).contains("<p><a href=\"" + link + "\">" + link + "</a></p>"));
        assertThat(html).startsWith("<p>Pembuka.</p>").endsWith("<p>Penutup.</p>");
    }

    @Test
    void theAddressReaderAnswersTheFigureOr422() {
        ApiClient.Reply youtube = journalist.get("/api/embeds?url=" + encode("https://youtu.be/dQw4w9WgXcQ?si=abc"));
        assertThat(youtube.status()).as(youtube.raw()).isEqualTo(200);
        assertThat(youtube.text("provider")).isEqualTo("youtube");
        assertThat(youtube.text("id")).isEqualTo("dQw4w9WgXcQ");
        assertThat(youtube.text("url")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(youtube.text("figure")).isEqualTo(FIGURES.get(0));
        assertThat(editor.get("/api/embeds?url=" + encode("https://twitter.com/jack/status/20?s=20")).text("figure"))
                .isEqualTo(FIGURES.get(1));

        ApiClient.Reply channel = journalist.get("/api/embeds?url=" + encode("https://www.youtube.com/@kompastv"));
        assertThat(channel.status()).isEqualTo(422);
        assertThat(channel.header("Content-Type")).startsWith("application/problem+json");
        assertThat(channel.json().path("errors").get(0).path("field").asText()).isEqualTo("url");
        assertThat(channel.json().path("errors").get(0).path("message").asText())
                .contains("https://www.youtube.com/@kompastv", "cannot be embedded");
        ApiClient.Reply indonesian = journalist.get("/api/embeds?url=" + encode("javascript:alert(1)"),
                "Accept-Language", "id");
        assertThat(indonesian.status()).isEqualTo(422);
        assertThat(indonesian.json().path("errors").get(0).path("message").asText()).contains("tidak bisa disematkan");
        assertThat(journalist.get("/api/embeds").status()).isEqualTo(422);
        assertThat(newsroom.anonymous().get("/api/embeds?url=" + encode("https://youtu.be/dQw4w9WgXcQ")).status())
                .isEqualTo(401);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
