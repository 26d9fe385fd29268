package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The public page of what a correction changed ({@code CMS_PUBLIC_CORRECTION_DIFFS=true} on the test server):
 * reached from the article page's correction note, it marks what readers saw before (the revision the previous
 * publication made live, not the last save) and what the correction published, public fields only; 404 for
 * another article's correction, 410 once the article is killed. 0 errors from the Nu Html Checker.
 */
class CorrectionDiffIT extends AbstractApiIT {

    private static final String SECRET = "Catatan redaksi yang tidak untuk pembaca";

    private ApiClient.Reply page(String path) {
        return newsroom.anonymous().get(path, "Accept", "text/html");
    }

    private static Map<String, Object> content(String headline, String standfirst, String body, String place) {
        Map<String, Object> m = new HashMap<>(Map.of("headline", headline, "standfirst", standfirst, "body", body,
                "language", "id", "section", Newsroom.SECTION));
        m.put("dateline", Map.of("place", place, "source", "HanTer"));
        return m;
    }

    private String save(String path, Map<String, Object> content) {
        ApiClient.Reply saved = editor.put(path, content, "If-Match", editor.get(path).header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        return saved.header("ETag");
    }

    private void correct(String path, String note, String etag) {
        ApiClient.Reply corrected = editor.post(path + "/corrections", Map.of("note", note), "If-Match", etag);
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
    }

    private record Published(String path, String slug, String headline) {
    }

    private Published published(String headline) {
        ApiClient.Reply created = journalist.post("/api/articles", content(headline, "Anggaran naik 20 persen.",
                "<p>Kementerian Pertahanan mengumumkan anggaran baru.</p><p>Anggaran naik 20 persen tahun depan.</p>",
                "Jakarta"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "PUBLISHED", null).status()).isEqualTo(200);
        return new Published(path, editor.get(path).text("slug"), headline);
    }

    /** The diff links of the article page, oldest correction first. */
    private List<String> diffLinks(String slug) {
        ApiClient.Reply article = page("/articles/" + slug);
        assertThat(article.status()).isEqualTo(200);
        return Jsoup.parse(article.raw()).select(".site-corrections li a").eachAttr("href");
    }

    @Test
    void aCorrectionsPageMarksWhatReadersSawBeforeAndWhatItPublished() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Published a = published("Anggaran pertahanan " + token);
        assertThat(editor.post(a.path() + "/comments", Map.of("body", SECRET)).status()).isEqualTo(201);
        // a save readers never saw, then the corrected text
        save(a.path(), content(a.headline(), "Anggaran naik 22 persen.",
                "<p>Kementerian Pertahanan mengumumkan anggaran baru.</p><p>Draf yang tak pernah terbit.</p>", "Jakarta"));
        String etag = save(a.path(), content(a.headline(), "Anggaran naik 25 persen.",
                "<p>Kementerian Pertahanan mengumumkan anggaran baru.</p><p>Anggaran naik 25 persen tahun depan.</p>"
                        + "<p>Paragraf tambahan tentang alutsista.</p>", "Bandung"));
        correct(a.path(), "Angka anggaran diperbaiki: 25 persen, bukan 20.", etag);

        List<String> links = diffLinks(a.slug());
        assertThat(links).hasSize(1);
        assertThat(links.get(0)).matches("/articles/" + a.slug() + "/corrections/[0-9]+");
        ApiClient.Reply diff = page(links.get(0));
        assertThat(diff.status()).as(diff.raw()).isEqualTo(200);
        assertThat(HtmlChecker.errors(diff.raw())).as("vnu errors on the correction page").isEmpty();
        Document doc = Jsoup.parse(diff.raw());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Apa yang diubah koreksi ini");
        assertThat(doc.selectFirst(".site-correction-note").text()).contains("Angka anggaran diperbaiki");
        assertThat(doc.selectFirst(".site-correction-note time").attr("datetime")).endsWith("+07:00");
        assertThat(doc.select("del").eachText()).as("what readers saw before").contains("20", "Jakarta")
                .doesNotContain("22");
        assertThat(doc.select("ins").eachText()).as("what the correction published").contains("25", "Bandung")
                .anyMatch(s -> s.contains("Paragraf tambahan tentang alutsista."));
        assertThat(doc.select(".site-diff-field h2").eachText()).containsExactly("Ringkasan", "Tempat berita");
        assertThat(diff.raw()).as("never an unpublished save, a comment or who").doesNotContain("Draf yang tak pernah")
                .doesNotContain(SECRET).doesNotContain("editor-");
        assertThat(doc.selectFirst(".site-correction a").attr("href")).isEqualTo("/articles/" + a.slug());

        // a second correction is compared with what the first one published
        etag = save(a.path(), content(a.headline(), "Anggaran naik 25 persen.",
                "<p>Kementerian Pertahanan mengumumkan anggaran baru.</p><p>Anggaran naik 25 persen tahun 2027.</p>"
                        + "<p>Paragraf tambahan tentang alutsista.</p>", "Bandung"));
        correct(a.path(), "Tahun anggaran diperjelas.", etag);
        links = diffLinks(a.slug());
        assertThat(links).hasSize(2);
        Document second = Jsoup.parse(page(links.get(1)).raw());
        assertThat(second.select("del").eachText()).containsExactly("depan");
        assertThat(second.select("ins").eachText()).containsExactly("2027");
        assertThat(second.select(".site-diff-field")).as("no field changed").isEmpty();
        // the first correction's page still shows its own change
        assertThat(Jsoup.parse(page(links.get(0)).raw()).select("ins").eachText()).contains("Bandung");

        // another article's correction id, and ids that are none, are not this article's pages
        Published b = published("Berita lain " + token);
        String firstId = links.get(0).substring(links.get(0).lastIndexOf('/') + 1);
        for (String path : List.of("/articles/" + b.slug() + "/corrections/" + firstId,
                "/articles/" + a.slug() + "/corrections/999999999", "/articles/" + a.slug() + "/corrections/x",
                "/articles/no-such-story/corrections/" + firstId)) {
            ApiClient.Reply reply = page(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.raw()).as(path).contains("class=\"site-header\"");
        }

        assertThat(move(editor, a.path(), "KILLED", "Sumber mencabut pernyataan").status()).isEqualTo(200);
        ApiClient.Reply gone = page(links.get(0));
        assertThat(gone.status()).as("a killed article's corrections").isEqualTo(410);
        assertThat(gone.raw()).doesNotContain("Sumber mencabut").doesNotContain(token);
    }
}
