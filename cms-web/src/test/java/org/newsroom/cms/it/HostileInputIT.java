package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile and careless input. First the reproducers of what a probe found (each a 4xx problem naming the
 * field, where it used to be a 500, a silent conversion or a wrong status), then a suite generated from the
 * served OpenAPI document: every write endpoint's body fields and every path and query parameter of every
 * operation, with NUL bytes, lone surrogates, 10 MB strings, RTL overrides, 4-byte emoji, XSS and SQL
 * payloads, wrong types, 10,000-deep JSON and path traversal. It asserts 0 × 5xx, every error a
 * problem+json without stack trace or SQL, and stored article HTML still sanitised; it prints its figures.
 */
class HostileInputIT extends AbstractApiIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> LEAKS = List.of("at org.", "at java.", "Exception", "SQL", "org.hibernate",
            "jdbc", "RESTEASY", "character varying", "StackTrace");
    private static final String RAW = "@@raw-json@@";
    private static final String NUL = "nul\u0000byte";
    private static final String SURROGATE = "lone\uD800surrogate";

    // ---- reproducers ----------------------------------------------------------------------------------

    @Test
    void nulBytesAndLoneSurrogatesInJsonBodiesAre400NamingTheField() {
        String article = created(editor.post("/api/articles", Newsroom.article("NUL target")));
        assertNamed(editor.post(article + "/comments", Map.of("body", NUL)), 400, "body");
        assertNamed(editor.post(article + "/comments", json(Map.of("body", SURROGATE))), 400, "body");
        assertNamed(editor.post(article + "/transitions", Map.of("to", "IN_REVIEW", "comment", NUL)), 400, "comment");
        Map<String, Object> nested = new HashMap<>(Newsroom.article("Nested NUL"));
        nested.put("dateline", Map.of("place", "Jak\u0000arta"));
        assertNamed(editor.post("/api/articles", nested), 400, "dateline.place");
        assertNamed(newsroom.admin.post("/api/admin/users", json(Map.of("username", Newsroom.username("nul"),
                "password", "secret-password", "displayName", "Di\uDC00splay", "roles", List.of("JOURNALIST")))),
                400, "displayName");
        // plugins' bodies go through the same JSON reader, also fields with their own deserializer
        assertNamed(editor.post("/api/plugins/bylines/contributors", Map.of("displayName", "Budi", "bio", NUL)),
                400, "bio");
        String slot = editor.post(article + "/photo-captions/photos/slots", Map.of("caption", "Slot")).text("id");
        assertNamed(editor.put(article + "/photo-captions/photos/" + slot, Map.of("credit", NUL)), 400, "credit");
        assertNamed(editor.post("/api/import/ninjs", Map.of("uri", "urn:nul:" + Newsroom.username("n"),
                "headline", "NUL in a list", "genres", List.of(Map.of("name", NUL)))), 400, "genres[0].name");
        // nothing was stored
        assertThat(editor.get(article + "/comments").json()).isEmpty();
    }

    @Test
    void nulInPathAndQueryValuesIs400NamingTheParameter() {
        ApiClient anonymous = newsroom.anonymous();
        assertNamed(anonymous.get("/api/public/articles/%00"), 400, "slug");
        assertNamed(anonymous.get("/api/public/articles?after=%00"), 400, "after");
        assertNamed(editor.get("/api/articles?author=%00"), 400, "author");
        assertNamed(editor.get("/api/plugins/bylines/contributors?q=ab%00c"), 400, "q");
        assertNamed(editor.get("/api/admin/users/%00"), 403, null); // not an admin: the role check comes first
        assertNamed(newsroom.admin.get("/api/admin/users/ad%00min"), 400, "username");
    }

    @Test
    void multipartTextPartsAndFileNamesWithNulAre400NamingThePart() {
        String article = created(editor.post("/api/articles", Newsroom.article("Multipart NUL")));
        ApiClient.Reply caption = editor.multipart(article + "/photo-captions/photos", List.of(
                ApiClient.Part.field("caption", NUL), ApiClient.Part.file("file", "a.jpg", "image/jpeg", jpeg())));
        assertNamed(caption, 400, "caption");
        byte[] cesu = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}; // a lone surrogate, as bytes can carry one
        assertNamed(editor.multipart(article + "/photo-captions/photos", List.of(new ApiClient.Part("credit", null,
                "text/plain; charset=UTF-8", cesu), ApiClient.Part.file("file", "a.jpg", "image/jpeg", jpeg()))),
                400, "credit");
        assertThat(editor.get(article + "/photo-captions/photos").json()).as("nothing stored").isEmpty();
        ApiClient.Reply fileName = editor.multipart("/api/import/wire", List.of(ApiClient.Part.file("files",
                "story\u0000.txt", "text/plain", wireStory("NUL file name").getBytes(StandardCharsets.UTF_8))));
        assertNamed(fileName, 400, "filename");
        ApiClient.Reply longName = editor.multipart("/api/import/wire", List.of(ApiClient.Part.file("files",
                "x".repeat(300) + ".txt", "text/plain", wireStory("Long name").getBytes(StandardCharsets.UTF_8))));
        assertNamed(longName, 400, "filename");
        assertThat(longName.text("detail")).contains("255");
        // a part header over the multipart parser's line limit cannot even be read
        ApiClient.Reply unreadable = editor.multipart(article + "/photo-captions/photos", List.of(ApiClient.Part.file(
                "file", "y".repeat(1_500) + ".jpg", "image/jpeg", jpeg())));
        assertNamed(unreadable, 400, null);
        assertThat(unreadable.text("detail")).contains("1,000 characters");
        assertNamed(editor.raw("POST", "/api/import/wire", "multipart/form-data", "--x\r\n\r\n".getBytes(
                StandardCharsets.UTF_8)), 400, null);
        assertNamed(editor.send("POST", "/api/import/wire?filename=" + "y".repeat(300), wireStory("Long query name"),
                "Content-Type", "text/plain"), 400, "filename");
    }

    @Test
    void timesOutsideTheStorableRangeAre400NamingTheField() {
        for (String time : List.of("+294277-01-01T00:00:00Z", "-4713-01-01T00:00:00Z", "1899-12-31T23:59:59Z")) {
            Map<String, Object> article = new HashMap<>(Newsroom.article("Far embargo"));
            article.put("embargoUntil", time);
            ApiClient.Reply reply = editor.post("/api/articles", article);
            assertNamed(reply, 400, "embargoUntil");
            assertThat(reply.text("detail")).contains("1900", "9999");
        }
        String approved = approved("Far schedule");
        assertNamed(editor.post(approved + "/schedule", Map.of("publishAt", "+294277-01-01T00:00:00Z")), 400,
                "publishAt");
        Map<String, Object> fine = new HashMap<>(Newsroom.article("Embargo in range"));
        fine.put("embargoUntil", "9999-12-31T00:00:00Z");
        assertThat(editor.post("/api/articles", fine).status()).isEqualTo(201);
    }

    @Test
    void overLongFieldsAre422NamingFieldAndLimitWithoutSql() {
        ApiClient.Reply by = editor.post("/api/import/ninjs", Map.of("uri", "urn:long-by:" + Newsroom.username("b"),
                "headline", "Long byline", "by", "By " + "Budi Santoso".repeat(30)));
        assertNamed(by, 422, "by");
        assertThat(by.raw()).contains("200");
        Map<String, Object> article = new HashMap<>(Newsroom.article("h".repeat(301)));
        article.put("section", "s".repeat(81));
        ApiClient.Reply longArticle = editor.post("/api/articles", article);
        assertNamed(longArticle, 422, "headline");
        assertThat(longArticle.raw()).contains("300", "section", "80");
        ApiClient.Reply displayName = newsroom.admin.post("/api/admin/users", Map.of("username",
                Newsroom.username("long"), "password", "secret-password", "displayName", "d".repeat(201), "roles",
                List.of("JOURNALIST")));
        assertNamed(displayName, 422, "displayName");
        assertThat(displayName.raw()).contains("200");
        String path = created(editor.post("/api/articles", Newsroom.article("Long comment")));
        ApiClient.Reply comment = editor.post(path + "/comments", Map.of("body", "c".repeat(10_001)));
        assertNamed(comment, 422, "body");
        assertThat(comment.raw()).contains("10000");
    }

    @Test
    void twoSavesWithTheSameIfMatchGiveOne200AndOne412() throws Exception {
        String path = created(editor.post("/api/articles", Newsroom.article("Race")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (int round = 0; round < 15; round++) {
                String etag = editor.get(path).header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApiClient.Reply>> replies = new ArrayList<>();
                for (int writer = 0; writer < 4; writer++) {
                    Map<String, Object> edit = new HashMap<>(Newsroom.article("Race " + round + "/" + writer));
                    replies.add(pool.submit(() -> {
                        start.await();
                        return editor.put(path, edit, "If-Match", etag);
                    }));
                }
                start.countDown();
                int ok = 0;
                for (Future<ApiClient.Reply> f : replies) {
                    ApiClient.Reply r = f.get();
                    statuses.merge(r.status(), 1, Integer::sum);
                    ok += r.status() == 200 ? 1 : 0;
                    if (r.status() != 200) {
                        assertThat(r.status()).as(r.raw()).isEqualTo(412);
                        assertThat(r.text("title")).isEqualTo("The article changed meanwhile");
                    }
                }
                assertThat(ok).as("one writer wins each round").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("[HostileInputIT] same If-Match, 15 rounds x 4 writers: " + statuses);
    }

    @Test
    void nonNumericPagingParametersAre400NamingTheParameter() {
        assertNamed(editor.get("/api/articles?page=abc"), 400, "page");
        assertNamed(editor.get("/api/articles?size=1.5"), 400, "size");
        assertNamed(newsroom.anonymous().get("/api/public/articles?limit=abc"), 400, "limit");
        assertNamed(editor.get("/api/plugins/tagging/tags?limit=ten"), 400, "limit");
        assertNamed(editor.get("/api/plugins/bylines/contributors?limit=%F0%9F%98%80"), 400, "limit");
        assertNamed(editor.get("/api/plugins/tagging/tags/abc"), 404, null); // a path that names nothing
    }

    @Test
    void numbersAndBooleansAreNotTurnedIntoStrings() {
        ApiClient.Reply number = newsroom.admin.post("/api/admin/users", Map.of("username", 123,
                "password", "secret-password", "roles", List.of("JOURNALIST")));
        assertNamed(number, 400, "username");
        assertThat(newsroom.admin.get("/api/admin/users/123").status()).isEqualTo(404);
        assertNamed(editor.post("/api/articles", Map.of("headline", true)), 400, "headline");
        assertNamed(editor.post("/api/articles", Map.of("headline", "Fine", "dateline", Map.of("place", 4.5))), 400,
                "dateline.place");
        assertNamed(editor.post("/api/plugins/bylines/contributors", Map.of("displayName", "Budi", "guest", "yes")),
                400, "guest");
        String run = Newsroom.username("m").replace("-", "");
        long from = editor.post("/api/plugins/tagging/tags", Map.of("name", "From" + run)).json().path("tag").path("id")
                .asLong();
        long into = editor.post("/api/plugins/tagging/tags", Map.of("name", "Into" + run)).json().path("tag").path("id")
                .asLong();
        String merge = "/api/plugins/tagging/tags/" + from + "/merge";
        assertNamed(editor.post(merge, Map.of("into", String.valueOf(into))), 400, "into");
        assertNamed(editor.post(merge, Map.of("into", into + 0.5)), 400, "into");
        assertThat(editor.get("/api/plugins/tagging/tags/" + from).status()).as("not merged").isEqualTo(200);
    }

    @Test
    void echoedValuesAreCappedAtAHundredCharacters() {
        String huge = "Z".repeat(100_000);
        String article = created(editor.post("/api/articles", Newsroom.article("Echo")));
        List<ApiClient.Reply> replies = List.of(
                editor.get("/api/articles?status=" + "Z".repeat(4_000)),
                editor.post("/api/articles", "{\"" + huge + "\": 1}"),
                editor.post("/api/articles/" + java.util.UUID.randomUUID() + "/transitions", Map.of("to", huge)),
                newsroom.admin.post("/api/admin/users", Map.of("username", Newsroom.username("echo"),
                        "password", "secret-password", "roles", List.of(huge))),
                editor.get("/api/articles/" + "q".repeat(5_000)),
                newsroom.anonymous().get("/api/public/articles/" + "s".repeat(5_000)),
                editor.post("/api/plugins/bylines/contributors/" + "m".repeat(3_000) + "/merge", Map.of("into", huge)),
                editor.put(article + "/bylines",
                        Map.of("bylines", List.of(Map.of("contributor", "x", "role", huge)))));
        for (ApiClient.Reply reply : replies) {
            assertThat(reply.status()).as(reply.raw().substring(0, Math.min(300, reply.raw().length())))
                    .isBetween(400, 499);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.raw()).doesNotContain("Z".repeat(101), "q".repeat(101), "s".repeat(101), "m".repeat(101));
            assertThat(reply.raw().length()).as(cut(reply.raw(), 200)).isLessThan(3_000);
        }
    }

    // ---- the generated suite --------------------------------------------------------------------------

    @Test
    void generatedHostileRequestsNeverFailOnOurSide() {
        long started = System.nanoTime();
        Fixture fx = new Fixture();
        JsonNode doc = newsroom.anonymous().get("/openapi?format=json").json();
        assertThat(doc.path("paths").size()).as("the served OpenAPI document").isGreaterThan(50);
        Tally tally = new Tally();
        JsonNode originalConfig = newsroom.admin.get("/api/admin/plugins/tagging").json().path("config");
        try {
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
                if (List.of("get", "put", "post", "patch", "delete").contains(o.getKey())) {
                    new Operation(o.getKey().toUpperCase(Locale.ROOT), p.getKey(), o.getValue(), doc, fx, tally).run();
                }
            }));
        } finally {
            newsroom.admin.put("/api/admin/plugins/tagging/config", originalConfig);
        }
        // stored HTML stays sanitised, wherever the hostile text went in
        int checked = 0;
        for (String id : fx.articles) {
            for (String path : List.of("/api/articles/" + id, "/api/articles/" + id + "/revisions/latest")) {
                ApiClient.Reply stored = editor.get(path);
                if (stored.status() == 200) {
                    String body = stored.text("body").toLowerCase(Locale.ROOT);
                    assertThat(body).as(path).doesNotContain("<script", "onerror", "javascript:");
                    checked++;
                }
            }
        }
        ApiClient.Reply live = newsroom.anonymous().get("/api/public/articles/" + fx.publishedSlug);
        assertThat(live.text("body").toLowerCase(Locale.ROOT)).doesNotContain("<script", "onerror");
        double seconds = (System.nanoTime() - started) / 1e9;
        tally.print(checked, seconds);
        assertThat(tally.total()).as("generated requests").isGreaterThanOrEqualTo(1_000);
        assertThat(tally.failures).as("requests answered badly (first 40)").hasSizeLessThanOrEqualTo(0);
    }

    /** Real things to point the requests at: articles, a photo, a tag, a contributor, a user. */
    private final class Fixture {
        final ApiClient admin = newsroom.user("admin", "ADMIN");
        final String targetUser = Newsroom.username("target");
        final String draft;
        final String published;
        final String publishedSlug;
        final String photo;
        final long tag;
        final long otherTag;
        final String tagSlug;
        final long synonym;
        final String contributor;
        final String otherContributor;
        final String section;
        final Set<String> articles = new LinkedHashSet<>();
        final AtomicInteger sequence = new AtomicInteger();

        Fixture() {
            assertThat(newsroom.admin.post("/api/admin/users", Map.of("username", targetUser, "password",
                    "secret-" + targetUser, "roles", List.of("JOURNALIST"))).status()).isEqualTo(201);
            draft = created(editor.post("/api/articles", Newsroom.article("Hostile draft"))).replace("/api/articles/", "");
            String live = approved("Hostile live");
            assertThat(move(editor, live, "PUBLISHED", null).status()).isEqualTo(200);
            published = live.replace("/api/articles/", "");
            publishedSlug = editor.get(live).text("slug");
            articles.add(draft);
            articles.add(published);
            ApiClient.Reply upload = editor.multipart("/api/articles/" + draft + "/photo-captions/photos",
                    List.of(ApiClient.Part.file("file", "fixture.jpg", "image/jpeg", jpeg())));
            assertThat(upload.status()).as(upload.raw()).isEqualTo(201);
            photo = upload.text("id");
            String run = Newsroom.username("t").replace("-", "");
            tag = editor.post("/api/plugins/tagging/tags", Map.of("name", "Hostile" + run)).json().path("tag")
                    .path("id").asLong();
            tagSlug = editor.get("/api/plugins/tagging/tags/" + tag).json().path("tag").path("slug").asText();
            otherTag = editor.post("/api/plugins/tagging/tags", Map.of("name", "Other" + run)).json().path("tag")
                    .path("id").asLong();
            JsonNode synonyms = editor.post("/api/plugins/tagging/tags/" + tag + "/synonyms",
                    Map.of("name", "Synonym" + run)).json().path("synonyms");
            synonym = synonyms.path(0).path("id").asLong(1);
            contributor = editor.post("/api/plugins/bylines/contributors", Map.of("displayName",
                    "Hostile Contributor " + run)).text("slug");
            otherContributor = editor.post("/api/plugins/bylines/contributors", Map.of("displayName",
                    "Other Contributor " + run)).text("slug");
            section = newsroom.section("Hostile section " + run, "hostile-" + run);
            assertThat(List.of(tag, otherTag, synonym)).as("tag fixtures").allMatch(id -> id > 0);
            assertThat(List.of(tagSlug, contributor, otherContributor, publishedSlug, photo))
                    .as("fixtures").allMatch(v -> !v.isBlank());
        }

        /** The real value of a path parameter of {@code path}. */
        String pathValue(String path, String name) {
            return switch (name) {
                case "id" -> path.startsWith("/api/admin/plugins") ? "tagging"
                        : path.startsWith("/api/plugins/tagging") ? String.valueOf(tag)
                        : path.matches("/api/articles/\\{id}/(corrections|republish)") ? published : draft;
                case "articleId" -> draft;
                case "photoId" -> photo;
                case "synonymId" -> String.valueOf(synonym);
                case "username" -> targetUser;
                case "a", "b", "n" -> "1";
                case "width" -> "320";
                case "slug" -> path.startsWith("/api/public/articles") ? publishedSlug
                        : path.startsWith("/api/public/tags") ? tagSlug
                        : path.startsWith("/api/admin/sections") ? section : contributor;
                default -> "x";
            };
        }

        String queryValue(String name) {
            return switch (name) {
                case "status" -> "DRAFT";
                case "page" -> "1";
                case "size", "limit" -> "10";
                case "version" -> "3.1";
                case "takeover", "needsConfirmation" -> "false";
                case "filename" -> "story-" + sequence.incrementAndGet() + ".txt";
                case "contributor" -> contributor;
                default -> "";
            };
        }

        /** A valid body for the operation, which the generator then spoils one field at a time. */
        ObjectNode body(String operationId) {
            int n = sequence.incrementAndGet();
            String run = Newsroom.username("b").replace("-", "") + n;
            ObjectNode o = NODES.objectNode();
            switch (operationId) {
                case "createArticle", "saveArticle" -> {
                    o.put("headline", "Hostile " + run).put("standfirst", "Standfirst").put("body", "<p>Body</p>")
                            .put("language", "id").put("section", Newsroom.SECTION).put("embargoUntil", "");
                    o.putObject("dateline").put("place", "Jakarta").put("source", "HanTer");
                    if (operationId.equals("createArticle")) {
                        o.put("slug", "hostile-" + run.toLowerCase(Locale.ROOT));
                    }
                }
                case "addComment" -> o.put("body", "A comment");
                case "createSection" -> o.put("name", "Hostile section " + run);
                case "updateSection" -> o.put("name", "Hostile renamed " + run);
                case "correctArticle" -> o.put("note", "A correction");
                case "republishArticle" -> o.put("comment", "Republished");
                case "scheduleArticle" -> o.put("publishAt", "2099-12-01T06:00:00+07:00");
                case "transitionArticle" -> o.put("to", "DRAFT").put("comment", "A comment");
                case "createUser" -> {
                    o.put("username", "u" + run.toLowerCase(Locale.ROOT)).put("password", "secret-password")
                            .put("displayName", "User " + run);
                    o.putArray("roles").add("JOURNALIST");
                }
                case "setUserPassword" -> o.put("password", "secret-" + targetUser);
                case "setUserRoles" -> o.putArray("roles").add("JOURNALIST");
                case "bylinesSetArticleBylines" -> o.putArray("bylines").addObject().put("contributor", contributor)
                        .put("role", "reporter");
                case "photoCaptionsReorderPhotos" -> o.putArray("order").add(photo);
                case "photoCaptionsCreateSlot", "photoCaptionsUpdatePhoto" -> o.put("caption", "Caption")
                        .put("credit", "Credit").put("altText", "Alt");
                case "taggingSetArticleTags" -> o.putArray("tags").add("Hostile " + run);
                case "taggingDismissSuggestion" -> o.put("name", "Hostile " + run);
                case "bylinesCreateContributor", "bylinesUpdateContributor" -> o.put("displayName", "Contributor " + run)
                        .put("bio", "Bio").put("affiliation", "Desk");
                case "bylinesMergeContributor" -> o.put("into", otherContributor);
                case "taggingCreateTag", "taggingRenameTag" -> o.put("name", "Tag" + run);
                case "taggingMergeTag" -> o.put("into", otherTag);
                case "taggingAddSynonym" -> o.put("name", "Syn" + run).put("language", "id");
                case "importNinjs" -> {
                    o.put("uri", "urn:hostile:" + run).put("headline", "Imported " + run)
                            .put("body_html", "<p>Imported</p>").put("by", "By Budi Santoso").put("language", "id")
                            .put("slugline", "imported-" + run.toLowerCase(Locale.ROOT)).put("located", "Jakarta");
                    o.putArray("genres").addObject().put("name", "World");
                    o.putArray("infosources").addObject().put("name", "Antara");
                    o.putArray("associations").addObject().put("type", "picture").put("by", "Photographer")
                            .putArray("descriptions").addObject().put("role", "caption").put("value", "A caption");
                }
                default -> {
                }
            }
            return o;
        }

        /** Fields of bodies the document leaves open (additionalProperties): ninjs and plugin config. */
        List<Field> openFields(String operationId) {
            if (operationId.equals("importNinjs")) {
                return List.of(new Field("uri", "string"), new Field("headline", "string"),
                        new Field("body_html", "string"), new Field("body_text", "string"), new Field("by", "string"),
                        new Field("language", "string"), new Field("slugline", "string"),
                        new Field("located", "string"), new Field("genres[0].name", "string"),
                        new Field("infosources[0].name", "string"), new Field("associations[0].by", "string"),
                        new Field("associations[0].descriptions[0].value", "string"),
                        new Field("genres", "array"), new Field("associations", "array"));
            }
            if (operationId.endsWith("PluginConfig")) {
                List<Field> fields = new ArrayList<>();
                newsroom.admin.get("/api/admin/plugins/tagging").json().path("config").fieldNames()
                        .forEachRemaining(key -> fields.add(new Field(key, "config")));
                fields.add(new Field("no-such-setting", "string"));
                return fields;
            }
            return List.of();
        }
    }

    /** A body field: its path (e.g. {@code dateline.place}, {@code bylines[0].role}) and JSON type. */
    record Field(String path, String type) {
    }

    /** One hostile value: its kind (for the figures) and the JSON it is sent as ({@link #RAW} for raw text). */
    record Payload(String kind, JsonNode json, String raw) {
        static Payload of(String kind, JsonNode json) {
            return new Payload(kind, json, null);
        }

        static Payload text(String kind, String value) {
            return new Payload(kind, NODES.textNode(value), null);
        }

        static Payload raw(String kind, String raw) {
            return new Payload(kind, NODES.textNode(RAW), raw);
        }
    }

    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    private static final String HUGE = "Ä".repeat(10 * 1024 * 1024 / 2);

    /** Strings any text field may get. */
    private static List<Payload> textPayloads() {
        return List.of(Payload.text("nul", NUL), Payload.text("lone-surrogate", SURROGATE),
                Payload.text("lone-surrogate", "\uDFFFlow first"),
                Payload.text("rtl-override", "gnp.exe\u202Etxt.jpg"), Payload.text("emoji", "Gempa 🌋 🇮🇩 𝔘𝔫𝔦"),
                Payload.text("xss", "<script>alert(1)</script>"), Payload.text("xss", "<img src=x onerror=alert(1)>"),
                Payload.text("xss", "<a href=\"javascript:alert(1)\">x</a><svg onload=alert(1)>"),
                Payload.text("sql", "' OR 1=1 --"), Payload.text("sql", "1'); DROP TABLE article; --"),
                Payload.text("long", "L".repeat(5_000)));
    }

    /** Values of the wrong type for a field of the given JSON type. */
    private static List<Payload> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(Payload.of("wrong-type", NODES.numberNode(123)),
                    Payload.of("wrong-type", NODES.booleanNode(true)),
                    Payload.of("wrong-type", NODES.arrayNode().add("x")), Payload.of("wrong-type", NODES.objectNode()));
            case "integer" -> List.of(Payload.text("wrong-type", "abc"), Payload.text("wrong-type", "7"),
                    Payload.of("wrong-type", NODES.numberNode(2.5)), Payload.of("wrong-type", NODES.booleanNode(true)),
                    Payload.raw("wrong-type", "1" + "0".repeat(40)), Payload.text("sql", "1 OR 1=1"));
            case "boolean" -> List.of(Payload.text("wrong-type", "yes"), Payload.of("wrong-type", NODES.numberNode(1)),
                    Payload.text("nul", NUL));
            case "array" -> List.of(Payload.of("wrong-type", NODES.objectNode()), Payload.text("wrong-type", "x"),
                    Payload.of("wrong-type", NODES.numberNode(1)));
            case "object" -> List.of(Payload.of("wrong-type", NODES.arrayNode()), Payload.text("wrong-type", "x"));
            default -> List.of(Payload.of("wrong-type", NODES.arrayNode()), Payload.of("wrong-type", NODES.objectNode()),
                    Payload.text("nul", NUL), Payload.text("lone-surrogate", SURROGATE));
        };
    }

    /** Path values; already URL-encoded. */
    private static final List<String[]> PATH_PAYLOADS = List.of(
            new String[]{"nul", "%00"}, new String[]{"nul", "a%00b"}, new String[]{"invalid-utf8", "%ED%A0%80"},
            new String[]{"rtl-override", enc("x\u202Egpj")}, new String[]{"emoji", enc("🌋🇮🇩")},
            new String[]{"xss", enc("<script>alert(1)</script>")}, new String[]{"sql", enc("1' OR '1'='1")},
            new String[]{"traversal", "..%2F..%2Fetc%2Fpasswd"}, new String[]{"traversal", "%2E%2E"},
            new String[]{"wrong-type", "-1"}, new String[]{"wrong-type", "99999999999999999999"},
            new String[]{"long", "p".repeat(2_000)});

    /** Query values; already URL-encoded. */
    private static final List<String[]> QUERY_PAYLOADS = List.of(
            new String[]{"nul", "%00"}, new String[]{"invalid-utf8", "%ED%A0%80"},
            new String[]{"rtl-override", enc("\u202Eabc")}, new String[]{"emoji", enc("🌋")},
            new String[]{"xss", enc("<script>alert(1)</script>")}, new String[]{"sql", enc("' OR 1=1 --")},
            new String[]{"traversal", enc("../../etc/passwd")}, new String[]{"wrong-type", "abc"},
            new String[]{"wrong-type", "-5"}, new String[]{"wrong-type", "1e9"}, new String[]{"long", "q".repeat(3_000)});

    /** Whole bodies that are not the object an endpoint expects. */
    private static final List<String[]> BODY_PAYLOADS = List.of(
            new String[]{"wrong-type", "[]"}, new String[]{"wrong-type", "\"text\""}, new String[]{"wrong-type", "42"},
            new String[]{"deep-json", DEEP}, new String[]{"deep-json", DEEP_OBJECT},
            new String[]{"malformed", "{\"headline\": "}, new String[]{"nul", "{\"\\u0000\": 1}"},
            new String[]{"xss", "{\"<script>alert(1)</script>\": 1}"});

    /** The fields sent a 10 MB string (few: they are slow). */
    private static final Set<String> HUGE_FIELDS = Set.of("createArticle body", "createArticle headline",
            "addComment body", "taggingCreateTag name", "bylinesCreateContributor displayName",
            "transitionArticle comment");

    /** One operation of the document and the requests generated for it. */
    private final class Operation {
        final String method;
        final String path;
        final JsonNode op;
        final JsonNode doc;
        final Fixture fx;
        final Tally tally;
        final String id;
        final ApiClient client;

        Operation(String method, String path, JsonNode op, JsonNode doc, Fixture fx, Tally tally) {
            this.method = method;
            this.path = path;
            this.op = op;
            this.doc = doc;
            this.fx = fx;
            this.tally = tally;
            this.id = op.path("operationId").asText();
            List<String> roles = new ArrayList<>();
            op.path("x-roles").forEach(r -> roles.add(r.asText()));
            this.client = path.startsWith("/api/public/") ? newsroom.anonymous()
                    : roles.equals(List.of("ADMIN")) ? fx.admin : editor;
        }

        void run() {
            List<String> pathParams = new ArrayList<>();
            List<String> queryParams = new ArrayList<>();
            for (JsonNode p : op.path("parameters")) {
                if (p.path("in").asText().equals("path")) {
                    pathParams.add(p.path("name").asText());
                } else if (p.path("in").asText().equals("query")) {
                    queryParams.add(p.path("name").asText());
                }
            }
            JsonNode content = op.path("requestBody").path("content");
            String json = content.has("application/json") ? "application/json" : null;
            for (String name : pathParams) {
                for (String[] payload : PATH_PAYLOADS) {
                    send(payload[0], url(Map.of(name, payload[1]), null, null), json == null ? null : base());
                }
            }
            for (String name : queryParams) {
                for (String[] payload : QUERY_PAYLOADS) {
                    send(payload[0], url(Map.of(), name, payload[1]), json == null ? null : base());
                }
            }
            if (json != null && !method.equals("GET")) {
                for (Field field : fields(content.path(json).path("schema"))) {
                    List<Payload> payloads = new ArrayList<>();
                    if (field.type().equals("string") || field.type().equals("config")) {
                        payloads.addAll(textPayloads());
                        payloads.add(Payload.raw("deep-json", DEEP));
                        if (HUGE_FIELDS.contains(id + " " + field.path())) {
                            payloads.add(Payload.text("10mb-string", HUGE));
                        }
                    }
                    payloads.addAll(wrongTypes(field.type()));
                    for (Payload payload : payloads) {
                        ObjectNode body = base();
                        set(body, field.path(), payload.json());
                        String text = json(body);
                        if (payload.raw() != null) {
                            text = text.replace("\"" + RAW + "\"", payload.raw());
                        }
                        send(payload.kind(), url(Map.of(), null, null), text);
                    }
                }
                for (String[] payload : BODY_PAYLOADS) {
                    send(payload[0], url(Map.of(), null, null), payload[1]);
                }
            }
            if (content.has("multipart/form-data")) {
                multipart(content.path("multipart/form-data").path("schema"));
            }
        }

        private ObjectNode base() {
            return fx.body(id);
        }

        /** The operation's URL with real values, one path parameter or one query parameter spoiled. */
        private String url(Map<String, String> spoiledPath, String queryName, String queryValue) {
            String url = path;
            for (JsonNode p : op.path("parameters")) {
                String name = p.path("name").asText();
                if (p.path("in").asText().equals("path")) {
                    url = url.replace("{" + name + "}", spoiledPath.getOrDefault(name, enc(fx.pathValue(path, name))));
                }
            }
            if (queryName != null) {
                url += "?" + queryName + "=" + queryValue;
            } else if (id.equals("importWireFiles")) {
                url += "?filename=" + fx.queryValue("filename");
            }
            return url;
        }

        private void send(String kind, String url, Object body) {
            List<String> headers = new ArrayList<>();
            if (method.equals("GET") || method.equals("DELETE")) {
                body = null;
            } else if (body != null) {
                headers.addAll(List.of("Content-Type", "application/json"));
            }
            if (id.equals("importWireFiles") && body == null) {
                body = wireStory("Wire " + fx.sequence.incrementAndGet() + " " + kind);
                headers.addAll(List.of("Content-Type", "text/plain; charset=UTF-8"));
            }
            if (op.path("parameters").findValuesAsText("name").contains("If-Match")) {
                String article = url.startsWith("/api/articles/" + fx.published) ? fx.published : fx.draft;
                String etag = editor.get("/api/articles/" + article).header("ETag");
                headers.addAll(List.of("If-Match", etag == null ? "\"1\"" : etag));
            }
            ApiClient.Reply reply = client.send(method, url, body, headers.toArray(String[]::new));
            tally.record(kind, method + " " + path, reply, body);
            remember(reply);
        }

        private void remember(ApiClient.Reply reply) {
            if (reply.status() == 201 && (id.equals("createArticle") || id.equals("importNinjs"))) {
                fx.articles.add(reply.text("id"));
            }
            if (id.equals("importWireFiles") && reply.status() == 200) {
                reply.json().path("results").forEach(r -> {
                    if (r.hasNonNull("articleId")) {
                        fx.articles.add(r.path("articleId").asText());
                    }
                });
            }
        }

        /** Text parts with hostile values, and file parts with hostile names. */
        private void multipart(JsonNode schema) {
            String url = url(Map.of(), null, null);
            JsonNode props = resolve(schema).path("properties");
            List<String> textParts = new ArrayList<>();
            props.fieldNames().forEachRemaining(name -> {
                if (!props.path(name).path("format").asText().equals("binary")) {
                    textParts.add(name);
                }
            });
            boolean photo = path.contains("photo-captions");
            String fileName = photo ? "file" : "files";
            for (String part : textParts) {
                for (Payload payload : textPayloads()) {
                    multipartSend(partKind(payload), url, List.of(new ApiClient.Part(part, null,
                            "text/plain; charset=UTF-8", partBytes(payload.json().asText())),
                            photoOrStory(photo, fileName, "p.jpg")));
                }
            }
            for (String[] name : List.of(new String[]{"nul", "a\u0000.txt"},
                    new String[]{"rtl-override", "gpj\u202E.txt"}, new String[]{"traversal", "../../etc/passwd"},
                    new String[]{"xss", "<img src=x onerror=alert(1)>.txt"}, new String[]{"long", "n".repeat(1_500)})) {
                multipartSend(name[0], url, List.of(photoOrStory(photo, fileName, name[1])));
            }
            if (!photo) {
                for (Payload payload : textPayloads()) {
                    multipartSend(partKind(payload), url, List.of(new ApiClient.Part("files", null,
                            "text/plain; charset=UTF-8", partBytes(wireStory(payload.json().asText())))));
                }
            }
            ApiClient.Reply noBoundary = client.raw("POST", url, "multipart/form-data", "--x\r\n\r\n".getBytes(
                    StandardCharsets.UTF_8));
            tally.record("malformed", method + " " + path, noBoundary, null);
        }

        /** Multipart text is bytes: a lone surrogate can only be sent as invalid UTF-8 (its CESU-8 bytes). */
        private static String partKind(Payload payload) {
            return payload.kind().equals("lone-surrogate") ? "invalid-utf8" : payload.kind();
        }

        private static byte[] partBytes(String text) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)))) {
                    out.write(0xE0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3F));
                    out.write(0x80 | (c & 0x3F));
                } else {
                    int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                    out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                    i = end - 1;
                }
            }
            return out.toByteArray();
        }

        private ApiClient.Part photoOrStory(boolean photo, String part, String name) {
            return photo ? ApiClient.Part.file(part, name, "image/jpeg", jpeg())
                    : ApiClient.Part.file(part, name, "text/plain", wireStory("Multipart " + fx.sequence.incrementAndGet())
                    .getBytes(StandardCharsets.UTF_8));
        }

        private void multipartSend(String kind, String url, List<ApiClient.Part> parts) {
            ApiClient.Reply reply = client.multipart(url, parts);
            tally.record(kind, method + " " + path, reply, null);
            remember(reply);
        }

        /** Every field of a request schema, nested objects and the first item of arrays included. */
        private List<Field> fields(JsonNode schema) {
            List<Field> open = fx.openFields(id);
            if (!open.isEmpty()) {
                return open;
            }
            List<Field> fields = new ArrayList<>();
            collect("", resolve(schema), fields, 0);
            return fields;
        }

        private void collect(String prefix, JsonNode schema, List<Field> fields, int depth) {
            schema.path("properties").fields().forEachRemaining(e -> {
                JsonNode s = resolve(e.getValue());
                String name = prefix + e.getKey();
                String type = type(s);
                fields.add(new Field(name, type));
                if (depth < 3 && type.equals("object")) {
                    collect(name + ".", s, fields, depth + 1);
                } else if (depth < 3 && type.equals("array")) {
                    JsonNode items = resolve(s.path("items"));
                    String itemType = type(items);
                    if (itemType.equals("object")) {
                        collect(name + "[0].", items, fields, depth + 1);
                    } else {
                        fields.add(new Field(name + "[0]", itemType));
                    }
                }
            });
        }

        private String type(JsonNode s) {
            if (s.has("properties")) {
                return "object";
            }
            if (s.has("oneOf") || s.has("anyOf")) {
                return "string";
            }
            if (s.has("allOf")) {
                return type(resolve(s.path("allOf").path(0)));
            }
            String type = s.path("type").asText("string");
            return type.equals("number") ? "integer" : type;
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asText(null);
            return ref == null ? schema : doc.at(ref.substring(1));
        }
    }

    /** Sets {@code value} at a path such as {@code a.b[0].c}, creating what is missing. */
    static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                steps.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            boolean nextIsIndex = steps.get(i + 1) instanceof Integer;
            JsonNode child = step instanceof Integer index ? node.path(index) : node.path((String) step);
            if (child.isMissingNode() || !(nextIsIndex ? child.isArray() : child.isObject())) {
                child = nextIsIndex ? NODES.arrayNode() : NODES.objectNode();
                if (step instanceof Integer index) {
                    ArrayNode array = (ArrayNode) node;
                    while (array.size() <= index) {
                        array.addNull();
                    }
                    array.set(index, child);
                } else {
                    ((ObjectNode) node).set((String) step, child);
                }
            }
            node = child;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) node;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
    }

    /** Counts per status and per payload kind; what was answered badly. */
    private static final class Tally {
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        final List<String> failures = new ArrayList<>();

        void record(String kind, String operation, ApiClient.Reply reply, Object body) {
            byStatus.merge(reply.status(), 1, Integer::sum);
            String range = reply.status() / 100 + "xx";
            byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(range, 1, Integer::sum);
            String problem = null;
            if (reply.status() < 300 && (kind.equals("nul") || kind.equals("lone-surrogate"))) {
                problem = "accepted text that cannot be stored";
            } else if (reply.status() >= 500) {
                problem = "server error";
            } else if (reply.status() >= 400) {
                String type = reply.header("Content-Type");
                if (type == null || !type.startsWith("application/problem+json")) {
                    problem = "not problem+json (" + type + ")";
                } else {
                    for (String leak : LEAKS) {
                        if (reply.raw().contains(leak)) {
                            problem = "leaks \"" + leak + "\"";
                        }
                    }
                }
            }
            if (problem != null && failures.size() < 40) {
                String sent = body == null ? "" : String.valueOf(body);
                failures.add(operation + " [" + kind + "] → " + reply.status() + " " + problem + ": "
                        + cut(reply.raw(), 300) + " | sent " + cut(sent, 160));
            } else if (problem != null) {
                failures.add(operation);
            }
        }

        int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        void print(int sanitisedChecks, double seconds) {
            StringBuilder out = new StringBuilder("\n[HostileInputIT] ").append(total())
                    .append(" generated requests in ").append(String.format(Locale.ROOT, "%.1f", seconds))
                    .append(" s; stored bodies read back and checked: ").append(sanitisedChecks)
                    .append("\n  per status: ").append(byStatus).append("\n  per payload kind:\n");
            byKind.forEach((kind, counts) -> out.append(String.format(Locale.ROOT, "    %-15s %s%n", kind, counts)));
            out.append("  answered badly: ").append(failures.size());
            failures.stream().limit(40).forEach(f -> out.append("\n    ").append(f));
            System.out.println(out);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** A 4xx problem+json whose body names {@code field} (in {@code errors} or the detail). */
    private static void assertNamed(ApiClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(cut(reply.raw(), 500)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        for (String leak : LEAKS) {
            assertThat(reply.raw()).doesNotContain(leak);
        }
        if (field != null) {
            List<String> named = new ArrayList<>(reply.json().path("errors").findValuesAsText("field"));
            assertThat(named.contains(field) || reply.text("detail").contains("\"" + field + "\""))
                    .as("names %s: %s", field, cut(reply.raw(), 500)).isTrue();
        }
    }

    private static String created(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return "/api/articles/" + reply.text("id");
    }

    private String approved(String headline) {
        String path = created(editor.post("/api/articles", Newsroom.article(headline)));
        assertThat(move(editor, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "APPROVED", null).status()).isEqualTo(200);
        return path;
    }

    private static String wireStory(String headline) {
        return "JAKARTA (Antara) - " + headline.replace('\n', ' ') + " " + java.util.UUID.randomUUID()
                + "\n\nThe first paragraph of the story.\n\nThe second paragraph.\n";
    }

    private static byte[] jpegBytes;

    private static synchronized byte[] jpeg() {
        if (jpegBytes == null) {
            try {
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                ImageIO.write(image, "jpg", out);
                jpegBytes = out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return jpegBytes;
    }

    /**
     * JSON text of {@code value} with lone surrogates as {@code \\uXXXX} escapes: sent as UTF-8 they could only
     * arrive as "?", but a JSON escape is how a client really delivers one.
     */
    private static String json(Object value) {
        String text;
        try {
            text = ApiClient.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
