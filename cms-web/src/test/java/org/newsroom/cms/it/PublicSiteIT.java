package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The public site as readers and search engines get it: the front page, an article page (headline,
 * standfirst, dateline, linked bylines and tags, times in the newsroom's zone, corrections, meta, Open Graph,
 * canonical link, NewsArticle JSON-LD that agrees with the page), section, tag and author pages, the styled
 * 404 and 410 pages; every page type with 0 errors from the Nu Html Checker; in Chromium, 0 serious or critical
 * axe-core violations and no CSP violation, at desktop and phone width (screenshots {@code 4x-site-*.png}).
 */
class PublicSiteIT extends AbstractApiIT {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    record Story(String id, String slug, String headline, String authorSlug, String tagSlug, String tagLabel) {
    }

    /** A tagged, bylined, corrected Indonesian story from Jakarta, published. */
    Story story(String headline) {
        ApiClient.Reply created = journalist.post("/api/articles", Map.of("headline", headline,
                "standfirst", "Pemerintah menambah anggaran pertahanan tahun depan.",
                "body", "<p>Kementerian Pertahanan mengumumkan peningkatan kerja sama militer.</p>"
                        + "<p>Anggaran naik <strong>20 persen</strong>.</p>",
                "language", "id", "dateline", Map.of("place", "Jakarta", "source", "HanTer"),
                "section", Newsroom.SECTION));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.text("id");
        String path = "/api/articles/" + id;
        ApiClient.Reply tags = journalist.put(path + "/tagging/tags", Map.of("tags", List.of("politik")));
        assertThat(tags.status()).as(tags.raw()).isEqualTo(200);
        ApiClient.Reply photo = journalist.multipart(path + "/photo-captions/photos", List.of(
                ApiClient.Part.field("caption", "Menteri Pertahanan memberi keterangan di Jakarta"),
                ApiClient.Part.field("credit", "HanTer/Budi Santoso"),
                ApiClient.Part.field("photographer", "Budi Santoso"),
                ApiClient.Part.field("copyright", "© HanTer"),
                ApiClient.Part.field("altText", "Seorang menteri berbicara di depan mikrofon"),
                ApiClient.Part.file("file", "lead.jpg", "image/jpeg",
                        PhotosPanelFixtures.jpeg(1600, 900, new java.awt.Color(40, 90, 140)))));
        assertThat(photo.status()).as(photo.raw()).isEqualTo(201);
        move(journalist, path, "IN_REVIEW", null);
        ApiClient.Reply published = move(editor, path, "PUBLISHED", null);
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        JsonNode article = editor.get(path).json();
        JsonNode bylines = journalist.get(path + "/bylines").json().path("bylines");
        return new Story(id, article.path("slug").asText(), headline, bylines.get(0).path("contributor").asText(),
                tags.json().get(0).path("slug").asText(), "politik"); // politics, labelled in the article's language
    }

    ApiClient.Reply page(String path) {
        return newsroom.anonymous().get(path, "Accept", "text/html");
    }

    static void valid(String what, ApiClient.Reply page) {
        assertThat(page.header("Content-Type")).as(what).startsWith("text/html");
        assertThat(HtmlChecker.errors(page.raw())).as("vnu errors on " + what).isEmpty();
    }

    static JsonNode jsonLd(String html) throws Exception {
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).as("a JSON-LD script").isTrue();
        return ApiClient.JSON.readTree(m.group(1));
    }

    @Test
    void anArticlePageShowsTheStoryWithItsCreditsAndStructuredDataThatAgree() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Story s = story("Anggaran pertahanan naik " + token);
        ApiClient.Reply reply = page("/articles/" + s.slug());
        assertThat(reply.status()).isEqualTo(200);
        valid("the article page", reply);
        Document doc = Jsoup.parse(reply.raw());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(s.headline());
        assertThat(doc.selectFirst(".site-standfirst").text()).isEqualTo("Pemerintah menambah anggaran pertahanan tahun depan.");
        assertThat(doc.selectFirst(".site-body p").text()).startsWith("JAKARTA, HanTer — Kementerian Pertahanan");
        Element byline = doc.selectFirst(".site-credit a");
        assertThat(byline.attr("href")).isEqualTo("/authors/" + s.authorSlug());
        assertThat(doc.selectFirst(".site-credit").text()).startsWith("Oleh ");
        assertThat(doc.select(".site-terms a").eachAttr("href")).contains("/tags/" + s.tagSlug());
        assertThat(doc.select(".site-terms a").eachText()).contains(s.tagLabel());
        Element lead = doc.selectFirst(".site-figure img");
        assertThat(lead.attr("alt")).isEqualTo("Seorang menteri berbicara di depan mikrofon");
        assertThat(lead.attr("srcset")).contains(" 320w").contains(" 1600w");
        assertThat(doc.selectFirst(".site-figure figcaption").text())
                .isEqualTo("Menteri Pertahanan memberi keterangan di Jakarta Foto: HanTer/Budi Santoso");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).startsWith("http").contains("/api/public/photos/");
        String published = doc.selectFirst(".site-times time").attr("datetime");
        assertThat(published).endsWith("+07:00"); // the newsroom's zone, Asia/Jakarta
        assertThat(doc.selectFirst(".site-times time").text()).endsWith("WIB");
        String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
        assertThat(canonical).startsWith("http").endsWith("/articles/" + s.slug());
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo(
                "Pemerintah menambah anggaran pertahanan tahun depan.");
        assertThat(doc.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isNotBlank();

        JsonNode ld = jsonLd(reply.raw());
        // Google's Article rich result: no property is required; these are the recommended ones, and more
        for (String property : List.of("@context", "@type", "headline", "datePublished", "dateModified", "author",
                "publisher", "inLanguage", "articleSection", "keywords", "dateline", "mainEntityOfPage",
                "isAccessibleForFree", "description", "url")) {
            assertThat(ld.has(property)).as("JSON-LD " + property).isTrue();
        }
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo(doc.selectFirst("h1").text());
        assertThat(ld.path("datePublished").asText()).isEqualTo(published);
        assertThat(ld.path("author").get(0).path("@type").asText()).isEqualTo("Person");
        assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo(byline.text());
        assertThat(ld.path("author").get(0).path("url").asText()).endsWith(byline.attr("href"));
        assertThat(ld.path("publisher").path("@type").asText()).isEqualTo("Organization");
        assertThat(ld.path("publisher").path("logo").path("url").asText()).startsWith("http");
        assertThat(ld.path("mainEntityOfPage").path("@id").asText()).isEqualTo(canonical);
        assertThat(ld.path("inLanguage").asText()).isEqualTo("id");
        assertThat(ld.path("articleSection").asText()).isEqualTo(doc.selectFirst(".site-kicker a").text());
        assertThat(ld.path("keywords").get(0).asText()).isEqualTo(s.tagLabel());
        assertThat(ld.path("dateline").asText()).isEqualTo("Jakarta, HanTer");
        assertThat(ld.path("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.path("description").asText()).isEqualTo(doc.selectFirst(".site-standfirst").text());
        JsonNode image = ld.path("image").get(0);
        assertThat(image.path("@type").asText()).isEqualTo("ImageObject");
        assertThat(image.path("caption").asText()).isEqualTo("Menteri Pertahanan memberi keterangan di Jakarta");
        assertThat(image.path("creditText").asText()).isEqualTo("HanTer/Budi Santoso");
        assertThat(image.path("copyrightNotice").asText()).isEqualTo("© HanTer");
        String[] candidates = lead.attr("srcset").split(", ");
        String original = candidates[candidates.length - 1].split(" ")[0];
        assertThat(image.path("url").asText()).as("the original, as the srcset's widest").isEqualTo(original)
                .startsWith("http").contains("/api/public/photos/");
    }

    @Test
    void embedsPlayFromTheAllowlistedProvidersOnlyAndTheCspFramesExactlyThem() {
        ApiClient.Reply created = journalist.post("/api/articles", Map.of("headline", "Video banjir " + UUID.randomUUID(),
                "body", "<p>Lihat videonya.</p><figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
                        + "<figure data-embed=\"x\" data-id=\"BNPB_Indonesia/1234567890\"></figure>"
                        + "<iframe src=\"https://evil.example/\"></iframe>",
                "language", "id", "section", Newsroom.SECTION));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        move(journalist, path, "IN_REVIEW", null);
        String slug = move(editor, path, "PUBLISHED", null).text("slug");
        ApiClient.Reply reply = page("/articles/" + slug);
        valid("an article with embeds", reply);
        Document doc = Jsoup.parse(reply.raw());
        assertThat(doc.select(".site-body iframe").eachAttr("src"))
                .containsExactly("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(doc.selectFirst(".site-body iframe").attr("sandbox")).isNotBlank();
        assertThat(doc.select(".site-body blockquote a").eachAttr("href"))
                .contains("https://x.com/BNPB_Indonesia/status/1234567890");
        assertThat(reply.raw()).doesNotContain("evil.example");
        String csp = reply.header("Content-Security-Policy");
        assertThat(csp).as("the player's origin, written out").contains("frame-src https://www.youtube-nocookie.com;");
        assertThat(csp).contains("frame-src " + String.join(" ",
                org.newsroom.cms.core.infrastructure.html.Embeds.frameSources()) + ";")
                .startsWith("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void aCorrectionIsShownWithItsTimeAndCarriedInTheStructuredData() throws Exception {
        Story s = story("Koreksi anggaran " + UUID.randomUUID().toString().substring(0, 8));
        String path = "/api/articles/" + s.id();
        ApiClient.Reply current = editor.get(path);
        ApiClient.Reply saved = editor.put(path, Map.of("headline", s.headline(), "standfirst", "Anggaran naik 25 persen.",
                "body", "<p>Anggaran naik 25 persen.</p>", "language", "id", "section", Newsroom.SECTION,
                "dateline", Map.of("place", "Jakarta", "source", "HanTer")), "If-Match", current.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        ApiClient.Reply corrected = editor.post(path + "/corrections", Map.of("note",
                "Angka anggaran diperbaiki: 25 persen, bukan 20."), "If-Match", saved.header("ETag"));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        ApiClient.Reply reply = page("/articles/" + s.slug());
        valid("a corrected article page", reply);
        Document doc = Jsoup.parse(reply.raw());
        assertThat(doc.selectFirst(".site-corrections li").text()).contains("Angka anggaran diperbaiki");
        assertThat(doc.selectFirst(".site-corrections time").attr("datetime")).endsWith("+07:00");
        assertThat(doc.selectFirst(".site-updated time")).isNotNull();
        JsonNode ld = jsonLd(reply.raw());
        assertThat(ld.path("correction").get(0).path("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(ld.path("correction").get(0).path("text").asText()).isEqualTo("Angka anggaran diperbaiki: 25 persen, bukan 20.");
        assertThat(ld.path("dateModified").asText()).isEqualTo(ld.path("correction").get(0).path("datePublished").asText());

        ApiClient.Reply all = page("/corrections");
        assertThat(all.status()).isEqualTo(200);
        valid("the corrections page", all);
        Element listed = Jsoup.parse(all.raw()).select(".site-teaser").stream()
                .filter(li -> li.text().contains("Angka anggaran diperbaiki")).findFirst().orElseThrow();
        assertThat(listed.selectFirst("a").attr("href")).isEqualTo("/articles/" + s.slug());
        assertThat(listed.selectFirst("time").attr("datetime")).endsWith("+07:00");
    }

    @Test
    void theFrontSectionTagAndAuthorPagesListTheStoryAndAreValid() throws Exception {
        Story s = story("Berita halaman depan " + UUID.randomUUID().toString().substring(0, 8));
        for (String path : List.of("/", "/sections/" + Newsroom.SECTION, "/tags/" + s.tagSlug(), "/authors/" + s.authorSlug())) {
            ApiClient.Reply reply = page(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            valid(path, reply);
            assertThat(Jsoup.parse(reply.raw()).select("a").eachAttr("href")).as(path).contains("/articles/" + s.slug());
        }
        for (String feed : List.of("/tags/" + s.tagSlug() + "/feed.atom", "/authors/" + s.authorSlug() + "/feed.atom")) {
            ApiClient.Reply atom = newsroom.anonymous().get(feed);
            assertThat(atom.status()).as(feed).isEqualTo(200);
            com.rometools.rome.feed.synd.SyndFeed parsed = new com.rometools.rome.io.SyndFeedInput()
                    .build(new java.io.StringReader(atom.raw()));
            com.rometools.rome.feed.synd.SyndEntry entry = parsed.getEntries().stream()
                    .filter(e -> e.getLink().endsWith("/articles/" + s.slug())).findFirst().orElseThrow();
            assertThat(entry.getUri()).isEqualTo("urn:newsroom-cms:article:" + s.id());
            assertThat(entry.getAuthors()).extracting(com.rometools.rome.feed.synd.SyndPerson::getName).contains("journalist");
            assertThat(entry.getCategories()).extracting(com.rometools.rome.feed.synd.SyndCategory::getName).contains(s.tagLabel());
        }
        assertThat(newsroom.anonymous().get("/tags/no-such-tag-" + UUID.randomUUID() + "/feed.atom").status()).isEqualTo(404);
        Document home = Jsoup.parse(page("/?utm_source=newsletter&fbclid=abc").raw());
        assertThat(home.selectFirst(".site-lead h2 a").attr("href")).as("tracking parameters are ignored")
                .startsWith("/articles/");
        assertThat(page("/tags/no-such-tag-" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(page("/authors/no-such-author-" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(page("/sections/no-such-section").status()).isEqualTo(404);
        assertThat(page("/?after=garbage").status()).isEqualTo(404);
    }

    @Test
    void missingAndKilledStoriesGetTheSitesOwnPagesAndLeaveTheLists() {
        ApiClient.Reply missing = page("/articles/no-such-story-" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        valid("the 404 page", missing);
        assertThat(Jsoup.parse(missing.raw()).selectFirst("h1").text()).isEqualTo("Halaman tidak ditemukan");
        ApiClient.Reply elsewhere = page("/no/such/page");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.raw()).contains("class=\"site-header\"");

        Story s = story("Berita yang ditarik " + UUID.randomUUID().toString().substring(0, 8));
        List<String> itsLists = List.of("/tags/" + s.tagSlug(), "/authors/" + s.authorSlug()); // its own: only it there
        for (String path : itsLists) {
            assertThat(page(path).raw()).as("listed on " + path + " before the kill").contains("/articles/" + s.slug() + "\"");
        }
        ApiClient.Reply killed = move(editor, "/api/articles/" + s.id(), "KILLED", "Sumber tidak dapat diverifikasi");
        assertThat(killed.status()).as(killed.raw()).isEqualTo(200);
        ApiClient.Reply gone = page("/articles/" + s.slug());
        assertThat(gone.status()).isEqualTo(410);
        valid("the 410 page", gone);
        assertThat(gone.raw()).contains("Berita ini telah ditarik").doesNotContain("Sumber tidak dapat diverifikasi");
        for (String path : List.of("/", "/sections/" + Newsroom.SECTION, "/tags/" + s.tagSlug(), "/authors/" + s.authorSlug())) {
            ApiClient.Reply list = page(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            assertThat(list.raw()).as(path).doesNotContain("/articles/" + s.slug() + "\"");
        }
        String draft = journalist.post("/api/articles", Newsroom.article("Draf dibunuh " + UUID.randomUUID())).text("id");
        String draftSlug = editor.get("/api/articles/" + draft).text("slug");
        assertThat(move(editor, "/api/articles/" + draft, "KILLED", "duplikat").status()).isEqualTo(200);
        assertThat(page("/articles/" + draftSlug).status()).as("a killed draft was never public").isEqualTo(404);
    }

    @Test
    void inABrowserThePagesHaveNoAccessibilityOrCspProblemsOnDesktopAndPhone() {
        Story s = story("Banjir rob melanda pesisir utara Jakarta " + UUID.randomUUID().toString().substring(0, 6));
        Browser browser = Browser.fresh(base);
        Map<String, String> pages = Map.of("40-site-home", "/", "41-site-article", "/articles/" + s.slug(),
                "42-site-tag", "/tags/" + s.tagSlug(), "43-site-author", "/authors/" + s.authorSlug(),
                "44-site-404", "/articles/no-such-story");
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                browser.phone(375, 812);
            }
            pages.forEach((name, path) -> {
                browser.open(path);
                browser.screenshot(name + (phone ? "-phone" : ""));
                assertThat(browser.accessibilityProblems()).as("axe on " + path).isEmpty();
                assertThat(browser.cspViolations()).as("CSP on " + path).isEmpty();
            });
        }
    }
}
