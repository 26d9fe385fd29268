package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Previews of unpublished copy: the newsroom's own preview in the site's template, and share links (made,
 * listed and revoked through the API and the editor's panel) that show the current working copy to anyone
 * holding them until they expire or are revoked, or the article is killed. Every preview is marked, never
 * cached and never indexed; its pages pass the Nu Html Checker; in Chromium the share panel and the preview
 * have no serious axe-core violation and no CSP violation (screenshots {@code 45-preview-share.png},
 * {@code 46-preview.png}).
 */
class PreviewIT extends AbstractApiIT {

    record Draft(String id, String headline) {
    }

    Draft draft(ApiClient author, String headline) {
        ApiClient.Reply created = author.post("/api/articles", Newsroom.article(headline));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Draft(created.text("id"), headline);
    }

    ApiClient.Reply page(String path) {
        return newsroom.anonymous().get(path, "Accept", "text/html");
    }

    static String path(String url) {
        return URI.create(url).getRawPath();
    }

    /** What every preview is: the notice, noindex twice, no canonical, no JSON-LD, never stored by a cache. */
    static void isAPreview(String what, String html, String robots, String cacheControl) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst(".site-preview")).as(what + ": the preview notice").isNotNull();
        assertThat(doc.selectFirst("meta[name=robots]").attr("content")).as(what).isEqualTo("noindex");
        assertThat(robots).as(what + ": X-Robots-Tag").isEqualTo("noindex");
        assertThat(cacheControl).as(what + ": Cache-Control").isEqualTo("no-store");
        assertThat(doc.selectFirst("link[rel=canonical]")).as(what + ": no canonical").isNull();
        assertThat(doc.selectFirst("script[type=application/ld+json]")).as(what + ": no JSON-LD").isNull();
        assertThat(HtmlChecker.errors(html)).as("vnu errors on " + what).isEmpty();
    }

    static void saysTheLinkNoLongerWorks(String what, ApiClient.Reply reply) {
        assertThat(reply.status()).as(what).isEqualTo(404);
        assertThat(reply.header("Cache-Control")).as(what).isEqualTo("no-store");
        assertThat(Jsoup.parse(reply.raw()).selectFirst("h1").text()).as(what)
                .isIn("Tautan pratinjau ini tidak berlaku lagi", "This preview link no longer works");
        assertThat(reply.raw()).as(what).contains("class=\"site-header\"");
    }

    @Test
    void aJournalistPreviewsADraftInTheSitesTemplateAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        Newsroom.Account writer = newsroom.account("writer", "Rina Writer", "JOURNALIST");
        Draft d = draft(writer.api(), "Draf pratinjau " + UUID.randomUUID().toString().substring(0, 8));
        PageSession session = new PageSession(base).signIn(writer.username(), writer.password());
        HttpResponse<String> preview = session.get("/newsroom/articles/" + d.id() + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        isAPreview("the newsroom preview", preview.body(), preview.headers().firstValue("X-Robots-Tag").orElse(null),
                preview.headers().firstValue("Cache-Control").orElse(null));
        Document doc = Jsoup.parse(preview.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo(d.headline());
        assertThat(doc.selectFirst(".site-body p").text()).contains("First paragraph.");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("id");

        for (String screen : new String[] {"", "/review"}) {
            Document editor = Jsoup.parse(session.get("/newsroom/articles/" + d.id() + screen).body());
            assertThat(editor.selectFirst("#preview-link").attr("href")).as("Preview on " + screen)
                    .isEqualTo("/newsroom/articles/" + d.id() + "/preview");
        }

        HttpResponse<String> anonymous = new PageSession(base).get("/newsroom/articles/" + d.id() + "/preview");
        assertThat(anonymous.statusCode()).isIn(302, 303);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/newsroom/login");
        assertThat(anonymous.body()).doesNotContain(d.headline());
    }

    @Test
    void aShareLinkShowsTheCurrentWorkingCopyToAnyoneUntilItIsRevoked() throws Exception {
        Draft d = draft(journalist, "Draf dibagikan " + UUID.randomUUID().toString().substring(0, 8));
        String api = "/api/articles/" + d.id();
        Instant before = Instant.now();
        ApiClient.Reply created = journalist.post(api + "/preview-links", Map.of("hours", 48));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String url = created.text("url");
        assertThat(url).startsWith("http").matches(".*/preview/[A-Za-z0-9_-]{43}$");
        assertThat(created.header("Location")).endsWith(api + "/preview-links/" + created.text("id"));
        assertThat(created.header("Cache-Control")).contains("no-store");
        assertThat(created.text("createdBy")).isNotBlank();
        Instant expires = Instant.parse(created.text("expiresAt"));
        assertThat(Duration.between(before, expires).toMinutes()).isBetween(47 * 60L + 59, 48 * 60L + 1);

        ApiClient.Reply shared = page(path(url));
        assertThat(shared.status()).isEqualTo(200);
        isAPreview("a shared preview", shared.raw(), shared.header("X-Robots-Tag"), shared.header("Cache-Control"));
        assertThat(shared.header("ETag")).as("nothing for a cache to keep").isNull();
        assertThat(Jsoup.parse(shared.raw()).selectFirst("h1").text()).isEqualTo(d.headline());

        ApiClient.Reply current = journalist.get(api);
        String edited = d.headline() + " (diperbarui)";
        ApiClient.Reply saved = journalist.put(api, Map.of("headline", edited, "body", "<p>Paragraf baru.</p>",
                "language", "id", "section", Newsroom.SECTION), "If-Match", current.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        Document after = Jsoup.parse(page(path(url)).raw());
        assertThat(after.selectFirst("h1").text()).as("the link shows the working copy as it is now").isEqualTo(edited);
        assertThat(after.selectFirst(".site-body").text()).contains("Paragraf baru.");

        // the database holds the token's SHA-256, never the token
        String token = url.substring(url.lastIndexOf('/') + 1);
        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement("select * from preview_link where id = ?")) {
            q.setObject(1, UUID.fromString(created.text("id")));
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("token_hash")).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))));
                for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    assertThat(String.valueOf(row.getObject(c))).doesNotContain(token);
                }
            }
        }

        ApiClient.Reply list = journalist.get(api + "/preview-links");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw()).doesNotContain(token);
        JsonNode item = list.json().path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(created.text("id"));
        assertThat(item.path("active").asBoolean()).isTrue();
        assertThat(item.path("revokedAt").isNull()).isTrue();
        assertThat(editor.get(api + "/preview-links").json().path("items")).hasSize(1);

        ApiClient colleague = newsroom.user("colleague", "JOURNALIST");
        ApiClient.Reply refused = colleague.send("DELETE", api + "/preview-links/" + created.text("id"), null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page(path(url)).status()).as("a refused revocation changes nothing").isEqualTo(200);

        ApiClient.Reply revoked = journalist.send("DELETE", api + "/preview-links/" + created.text("id"), null);
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(204);
        saysTheLinkNoLongerWorks("a revoked link", page(path(url)));
        assertThat(journalist.send("DELETE", api + "/preview-links/" + created.text("id"), null).status())
                .as("revoking again").isEqualTo(204);
        JsonNode listed = journalist.get(api + "/preview-links").json().path("items").get(0);
        assertThat(listed.path("active").asBoolean()).isFalse();
        assertThat(listed.path("revokedAt").asText()).isNotBlank();

        String trail = editor.get(api + "/audit").raw();
        assertThat(trail).contains("PREVIEW_LINK_CREATED", "PREVIEW_LINK_REVOKED", created.text("expiresAt").substring(0, 16));
        assertThat(trail.split("PREVIEW_LINK_REVOKED", -1)).as("revoked once in the trail").hasSize(2);
        JsonNode events = newsroom.admin.get("/api/admin/audit?type=PREVIEW_LINK_CREATED&limit=100").json().path("items");
        boolean found = false;
        for (JsonNode e : events) {
            if (e.path("details").path("link").asText().equals(created.text("id"))) {
                found = true;
                assertThat(e.path("details").path("expiresAt").asText()).isNotBlank();
                assertThat(e.path("details").path("hours").asInt()).isEqualTo(48);
            }
        }
        assertThat(found).as("the creation with its expiry in the one audit trail").isTrue();
    }

    @Test
    void badRequestsAreProblemsThatSayWhatToDo() {
        Draft d = draft(journalist, "Draf salah " + UUID.randomUUID().toString().substring(0, 8));
        String links = "/api/articles/" + d.id() + "/preview-links";
        for (int hours : new int[] {0, 721}) {
            ApiClient.Reply bad = journalist.post(links, Map.of("hours", hours));
            assertThat(bad.status()).as(bad.raw()).isEqualTo(422);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("hours");
            assertThat(bad.json().path("errors").get(0).path("message").asText()).contains("1 to 720");
        }
        assertThat(journalist.post(links, "{\"hours\": \"48\"}").status()).as("a string is not a number").isEqualTo(400);
        ApiClient.Reply defaults = journalist.post(links, "{}");
        assertThat(defaults.status()).as(defaults.raw()).isEqualTo(201);
        assertThat(Duration.between(Instant.now(), Instant.parse(defaults.text("expiresAt"))).toHours()).isEqualTo(47);
        ApiClient.Reply longest = journalist.post(links, Map.of("hours", 720));
        assertThat(longest.status()).isEqualTo(201);
        assertThat(journalist.post("/api/articles/" + UUID.randomUUID() + "/preview-links", Map.of()).status())
                .isEqualTo(404);
        ApiClient.Reply unknownLink = journalist.send("DELETE", links + "/" + UUID.randomUUID(), null);
        assertThat(unknownLink.status()).isEqualTo(404);
        assertThat(unknownLink.header("Content-Type")).startsWith("application/problem+json");
        Draft other = draft(journalist, "Draf lain " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(journalist.send("DELETE", "/api/articles/" + other.id() + "/preview-links/" + defaults.text("id"),
                null).status()).as("a link of another article").isEqualTo(404);
        assertThat(newsroom.anonymous().get(links).status()).isEqualTo(401);
        saysTheLinkNoLongerWorks("an unknown token", page("/preview/" + "A".repeat(43)));
        saysTheLinkNoLongerWorks("garbage", page("/preview/not-a-token"));
        saysTheLinkNoLongerWorks("no token", page("/preview/"));
    }

    @Test
    void expiredLinksAndAKilledArticlesLinksNoLongerWorkAPublishedOnesStillShowTheWorkingCopy() throws Exception {
        Draft d = draft(journalist, "Draf kedaluwarsa " + UUID.randomUUID().toString().substring(0, 8));
        ApiClient.Reply link = journalist.post("/api/articles/" + d.id() + "/preview-links", Map.of("hours", 1));
        assertThat(page(path(link.text("url"))).status()).isEqualTo(200);
        try (Connection db = Newsroom.database(); PreparedStatement expire = db.prepareStatement(
                "update preview_link set created_at = now() - interval '2 hours', expires_at = now() - interval '1 second' where id = ?")) {
            expire.setObject(1, UUID.fromString(link.text("id")));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        saysTheLinkNoLongerWorks("an expired link", page(path(link.text("url"))));
        assertThat(journalist.get("/api/articles/" + d.id() + "/preview-links").json().path("items").get(0)
                .path("active").asBoolean()).isFalse();

        Draft live = draft(journalist, "Draf terbit " + UUID.randomUUID().toString().substring(0, 8));
        String api = "/api/articles/" + live.id();
        String url = journalist.post(api + "/preview-links", Map.of()).text("url");
        move(journalist, api, "IN_REVIEW", null);
        assertThat(move(editor, api, "PUBLISHED", null).status()).isEqualTo(200);
        ApiClient.Reply published = page(path(url));
        assertThat(published.status()).as("a published story's link keeps showing its working copy").isEqualTo(200);
        assertThat(published.raw()).contains(live.headline());
        assertThat(move(editor, api, "KILLED", "Sumber tidak dapat diverifikasi").status()).isEqualTo(200);
        ApiClient.Reply killed = page(path(url));
        saysTheLinkNoLongerWorks("a killed article's link", killed);
        assertThat(killed.raw()).doesNotContain(live.headline()).doesNotContain("Sumber tidak dapat diverifikasi");
        assertThat(journalist.post(api + "/preview-links", Map.of()).status()).as("no new link for a killed story")
                .isEqualTo(409);
    }

    @Test
    void theEditorsSharePanelMakesAndRevokesALinkWithoutAccessibilityOrCspProblems() {
        Newsroom.Account writer = newsroom.account("sharer", "Sari Sharer", "JOURNALIST");
        Draft d = draft(writer.api(), "Banjir rob di pesisir utara " + UUID.randomUUID().toString().substring(0, 6));
        Browser browser = Browser.fresh(base);
        browser.signIn(writer.username(), writer.password());
        browser.open("/newsroom/articles/" + d.id());
        browser.byId("share-hours");
        browser.button("Create preview link").click();
        String url = browser.byId("share-url").getAttribute("value");
        assertThat(url).matches("https?://.*/preview/[A-Za-z0-9_-]{43}$");
        assertThat(browser.driver.findElements(By.cssSelector(".share-links li"))).hasSize(1);
        browser.driver.executeScript("document.getElementById('share-preview').scrollIntoView()");
        browser.screenshot("45-preview-share");
        assertThat(browser.accessibilityProblems()).as("axe on the share panel").isEmpty();
        assertThat(browser.cspViolations()).as("CSP on the editor").isEmpty();

        browser.open(path(url));
        assertThat(browser.text("h1")).isEqualTo(d.headline());
        assertThat(browser.text(".site-preview")).isNotBlank();
        browser.screenshot("46-preview");
        assertThat(browser.accessibilityProblems()).as("axe on the shared preview").isEmpty();
        assertThat(browser.cspViolations()).as("CSP on the shared preview").isEmpty();

        browser.open("/newsroom/articles/" + d.id() + "/preview");
        assertThat(browser.text("h1")).isEqualTo(d.headline());
        assertThat(browser.accessibilityProblems()).as("axe on the newsroom preview").isEmpty();
        assertThat(browser.cspViolations()).as("CSP on the newsroom preview").isEmpty();

        browser.open("/newsroom/articles/" + d.id());
        browser.button("Revoke").click();
        browser.byId("share-none");
        assertThat(browser.cspViolations()).as("CSP after revoking").isEmpty();
        browser.open(path(url));
        assertThat(browser.text("h1")).isIn("Tautan pratinjau ini tidak berlaku lagi", "This preview link no longer works");
    }
}
