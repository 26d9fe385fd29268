package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Caching headers on public responses (ETag, Last-Modified, Cache-Control, 304 on If-None-Match and
 * If-Modified-Since) and the CDN purge webhook. The build points {@code CMS_PURGE_WEBHOOK_URL} of the server
 * under test at {@value #RECEIVER} (cms-web/pom.xml, failsafe); this test listens there.
 */
class PublicCachingIT extends AbstractApiIT {

    static final String RECEIVER = "http://127.0.0.1:18089/purge";
    static final String PAGE_CACHE = "max-age=0, must-revalidate, s-maxage=60";
    static final String ERROR_CACHE = "max-age=0, must-revalidate";

    private static final List<JsonNode> PURGES = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;

    @BeforeAll
    static void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 18089), 0);
        receiver.createContext("/purge", exchange -> {
            PURGES.add(ApiClient.JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopListening() {
        receiver.stop(0);
    }

    @Test
    void articleJsonCarriesValidatorsAndAnswers304() {
        String slug = slugOf(published());
        String url = "/api/public/articles/" + slug;
        ApiClient.Reply first = newsroom.anonymous().get(url);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).as("strong, from the bytes").matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(first.header("Vary")).isEqualTo("Accept");
        assertThat(newsroom.anonymous().get(url).header("ETag")).as("same bytes, same tag").isEqualTo(etag);

        ApiClient.Reply notModified = newsroom.anonymous().get(url, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.raw()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(notModified.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(newsroom.anonymous().get(url, "If-None-Match", "\"other\", W/" + etag).status()).isEqualTo(304);
        assertThat(newsroom.anonymous().get(url, "If-None-Match", "*").status()).isEqualTo(304);
        assertThat(newsroom.anonymous().get(url, "If-None-Match", "\"other\"").status()).isEqualTo(200);

        assertThat(newsroom.anonymous().get(url, "If-Modified-Since", lastModified).status()).isEqualTo(304);
        assertThat(newsroom.anonymous().get(url, "If-Modified-Since", httpDate(lastModified, -3600)).status())
                .as("changed since an hour before").isEqualTo(200);
        assertThat(newsroom.anonymous().get(url, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified)
                .status()).as("If-None-Match wins over If-Modified-Since").isEqualTo(200);
    }

    @Test
    void sitePagesGetValidatorsAnd304sToo() {
        String slug = slugOf(published());
        for (String url : List.of("/articles/" + slug, "/", "/sections/" + Newsroom.SECTION)) {
            ApiClient.Reply page = newsroom.anonymous().get(url, "Accept", "text/html");
            assertThat(page.status()).as(url).isEqualTo(200);
            assertThat(page.header("Cache-Control")).as(url).isEqualTo(PAGE_CACHE);
            assertThat(page.header("Last-Modified")).as(url).isNotBlank();
            assertThat(newsroom.anonymous().get(url, "If-None-Match", page.header("ETag")).status()).as(url).isEqualTo(304);
            assertThat(newsroom.anonymous().get(url, "If-Modified-Since", page.header("Last-Modified")).status())
                    .as(url).isEqualTo(304);
        }
        ApiClient.Reply missing = newsroom.anonymous().get("/articles/no-such-" + UUID.randomUUID(), "Accept", "text/html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isEqualTo("max-age=0, must-revalidate");
    }

    @Test
    void ninjsListsAndHeadGetThemToo() throws Exception {
        String slug = slugOf(published());
        ApiClient.Reply json = newsroom.anonymous().get("/api/public/articles/" + slug);
        ApiClient.Reply ninjs = newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs");
        assertThat(ninjs.status()).isEqualTo(200);
        assertThat(ninjs.header("ETag")).isNotBlank().isNotEqualTo(json.header("ETag"));
        assertThat(ninjs.header("Last-Modified")).isEqualTo(json.header("Last-Modified"));
        assertThat(ninjs.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug + ".ninjs", "If-None-Match",
                ninjs.header("ETag")).status()).isEqualTo(304);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug, "Accept", "application/ninjs+json")
                .header("ETag")).as("negotiated: the ninjs bytes").isEqualTo(ninjs.header("ETag"));

        ApiClient.Reply list = newsroom.anonymous().get("/api/public/articles?limit=5");
        assertThat(list.header("ETag")).isNotBlank();
        assertThat(list.header("Last-Modified")).as("the newest item's time").isNotBlank();
        assertThat(list.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(newsroom.anonymous().get("/api/public/articles?limit=5", "If-None-Match", list.header("ETag"))
                .status()).isEqualTo(304);

        ApiClient.Reply head = newsroom.anonymous().send("HEAD", "/api/public/articles/" + slug, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.raw()).isEmpty();
        assertThat(head.header("ETag")).as("the GET's tag").isEqualTo(json.header("ETag"));
        assertThat(head.header("Last-Modified")).isEqualTo(json.header("Last-Modified"));
        assertThat(head.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(newsroom.anonymous().send("HEAD", "/api/public/articles/" + slug, null, "If-None-Match",
                json.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void pluginRoutesAreCoveredWithoutDoingAnything() {
        ApiClient.Reply tags = newsroom.anonymous().get("/api/public/tags");
        assertThat(tags.status()).isEqualTo(200);
        assertThat(tags.header("ETag")).isNotBlank();
        assertThat(tags.header("Last-Modified")).isNotBlank();
        assertThat(tags.header("Cache-Control")).isEqualTo(PAGE_CACHE);
        assertThat(newsroom.anonymous().get("/api/public/tags", "If-None-Match", tags.header("ETag")).status())
                .isEqualTo(304);
        assertThat(newsroom.anonymous().get("/api/public/tags", "If-Modified-Since", tags.header("Last-Modified"))
                .status()).as("no time from the route: a date alone never gives 304").isEqualTo(200);
    }

    @Test
    void errorsAreNotKeptAndTheNewsroomIsLeftAlone() {
        ApiClient.Reply missing = newsroom.anonymous().get("/api/public/articles/no-such-" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isEqualTo(ERROR_CACHE);
        assertThat(missing.header("ETag")).isNull();
        ApiClient.Reply newsroomApi = editor.get("/api/articles/" + published());
        assertThat(String.valueOf(newsroomApi.header("Cache-Control"))).as("the container's, for a signed-in user")
                .doesNotContain("s-maxage");
        assertThat(newsroomApi.header("ETag")).as("the version, not a hash").matches("\"\\d+\"");
    }

    @Test
    void aCorrectionChangesTheTagAndIsPurgedOnce() throws Exception {
        String id = published();
        String slug = slugOf(id);
        String url = "/api/public/articles/" + slug;
        ApiClient.Reply before = newsroom.anonymous().get(url);
        String path = "/api/articles/" + id;
        Thread.sleep(1100); // Last-Modified has a precision of one second
        ApiClient.Reply edited = editor.put(path, Newsroom.article("Corrected " + UUID.randomUUID()), "If-Match",
                editor.get(path).header("ETag"));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        ApiClient.Reply corrected = editor.post(path + "/corrections", Map.of("note", "Nama menteri diperbaiki."),
                "If-Match", edited.header("ETag"));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);

        ApiClient.Reply after = newsroom.anonymous().get(url, "If-None-Match", before.header("ETag"));
        assertThat(after.status()).as("the old tag no longer matches").isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(newsroom.anonymous().get(url, "If-Modified-Since", before.header("Last-Modified")).status())
                .isEqualTo(200);
        assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(after.header("Last-Modified"))))
                .isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(before.header("Last-Modified"))));

        JsonNode purge = onePurge(id);
        assertThat(purge.path("event").asText()).isEqualTo("CORRECTED");
        assertThat(urls(purge)).contains(absolute("/corrections"), absolute("/corrections/feed.atom"));
        assertThat(urls(purge)).containsAll(articleUrls(slug));
    }

    @Test
    void killAndUnpublishArePurgedOnceEachWithTheArticlesAddresses() throws Exception {
        String killed = published();
        String killedSlug = slugOf(killed);
        assertThat(move(editor, "/api/articles/" + killed, "KILLED", "Legal asked us to").status()).isEqualTo(200);
        JsonNode kill = onePurge(killed);
        assertThat(kill.path("event").asText()).isEqualTo("KILLED");
        assertThat(urls(kill)).containsAll(articleUrls(killedSlug)).doesNotHaveDuplicates()
                .allMatch(u -> u.startsWith(absolute("/")));
        assertThat(newsroom.anonymous().get("/api/public/articles/" + killedSlug).header("Cache-Control"))
                .isEqualTo(ERROR_CACHE);

        String unpublished = published();
        assertThat(move(editor, "/api/articles/" + unpublished, "UNPUBLISHED", null).status()).isEqualTo(200);
        JsonNode unpublish = onePurge(unpublished);
        assertThat(unpublish.path("event").asText()).isEqualTo("UNPUBLISHED");
        assertThat(urls(unpublish)).containsAll(articleUrls(slugOf(unpublished)));

        String draft = article();
        assertThat(move(editor, "/api/articles/" + draft, "KILLED", "never ran").status()).isEqualTo(200);
        Thread.sleep(1500);
        assertThat(purgesOf(draft)).as("a killed draft was never public: nothing to purge").isEmpty();
    }

    private List<String> articleUrls(String slug) {
        return List.of(absolute("/articles/" + slug), absolute("/api/public/articles/" + slug),
                absolute("/api/public/articles/" + slug + ".ninjs"), absolute("/api/public/articles/" + slug + ".newsml"),
                absolute("/"), absolute("/feed.atom"), absolute("/feed.rss"), absolute("/sitemap-news.xml"),
                absolute("/sections/" + Newsroom.SECTION));
    }

    /** Waits for this article's purge, then makes sure no second one follows. */
    private JsonNode onePurge(String articleId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (purgesOf(articleId).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        List<JsonNode> mine = purgesOf(articleId);
        assertThat(mine).as("one call per change").hasSize(1);
        return mine.get(0);
    }

    private static List<JsonNode> purgesOf(String articleId) {
        return PURGES.stream().filter(p -> p.path("article").asText().equals(articleId)).toList();
    }

    private static List<String> urls(JsonNode purge) {
        List<String> urls = new ArrayList<>();
        purge.path("urls").forEach(u -> urls.add(u.asText()));
        return urls;
    }

    private String absolute(String path) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
    }

    private static String httpDate(String date, long plusSeconds) {
        Instant at = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date)).plusSeconds(plusSeconds);
        return DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(at);
    }

    private String published() {
        String id = article();
        assertThat(move(journalist, "/api/articles/" + id, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, "/api/articles/" + id, "PUBLISHED", null).status()).isEqualTo(200);
        return id;
    }

    private String article() {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Cached " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private String slugOf(String id) {
        return editor.get("/api/articles/" + id).text("slug");
    }
}
