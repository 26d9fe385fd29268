package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bylines plugin as shipped in the WAR: who may change an article's bylines, the creator's default
 * author byline, merging duplicate contributors, the publish veto, public author pages that list
 * published articles only, the checked config, and bylines and sign-offs read from imported wire copy.
 */
class BylinesIT extends AbstractApiIT {

    private static final String VETO = "Add an author byline before publishing";

    @BeforeEach
    void setUp() {
        resetPlugin(); // after AbstractApiIT made the journalist and editor
    }

    @AfterEach
    void tearDown() {
        resetPlugin(); // other test classes share the database and expect the defaults
    }

    @Test
    void theCreatingJournalistIsTheFirstAuthorByDefault() {
        String username = journalist.get("/api/me").text("username");
        String shown = journalist.get("/api/me").text("displayName"); // the name readers see, not the sign-in name
        String id = draft(journalist);

        JsonNode bylines = journalist.get("/api/articles/" + id + "/bylines").json();
        assertThat(bylines.path("bylines")).hasSize(1);
        JsonNode first = bylines.path("bylines").get(0);
        assertThat(first.path("role").asText()).isEqualTo("author");
        assertThat(first.path("name").asText()).isEqualTo(shown);
        assertThat(bylines.path("text").asText()).isEqualTo("Oleh " + shown); // the article is Indonesian

        JsonNode inArticle = journalist.get("/api/articles/" + id).json().path("plugins").path("bylines");
        assertThat(inArticle.path("bylines").get(0).path("slug").asText()).isEqualTo(first.path("contributor").asText());
        assertThat(inArticle.path("text").asText()).isEqualTo("Oleh " + shown);

        ApiClient.Reply record = journalist.get("/api/plugins/bylines/contributors/" + first.path("contributor").asText());
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.text("username")).isEqualTo(username);
        assertThat(record.json().path("guest").asBoolean()).isFalse();

        // a second article reuses the same contributor record
        String second = draft(journalist);
        assertThat(journalist.get("/api/articles/" + second + "/bylines").json().path("bylines").get(0)
                .path("contributor").asText()).isEqualTo(first.path("contributor").asText());
    }

    @Test
    void bylineEditingFollowsTheArticlesEditRights() {
        String guest = contributor("Photographer " + UUID.randomUUID().toString().substring(0, 8));
        String id = draft(journalist);
        String path = "/api/articles/" + id + "/bylines";
        String own = journalist.get(path).json().path("bylines").get(0).path("contributor").asText();

        ApiClient.Reply mine = journalist.put(path, bylines(own, "author", guest, "photographer"));
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        assertThat(mine.json().path("bylines").findValuesAsText("role")).containsExactly("author", "photographer");
        assertThat(mine.text("text")).contains("Oleh ", ". Foto: Photographer ");

        ApiClient other = newsroom.user("other", "JOURNALIST");
        ApiClient.Reply refused = other.put(path, bylines(guest, "author"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("cannot edit this article");

        ApiClient.Reply byEditor = editor.put(path, bylines(guest, "author", own, "reporter"));
        assertThat(byEditor.status()).as(byEditor.raw()).isEqualTo(200);
        assertThat(journalist.get(path).json().path("bylines").findValuesAsText("contributor"))
                .containsExactly(guest, own);

        ApiClient.Reply unknown = editor.put(path, bylines("nobody-" + UUID.randomUUID(), "author", guest, "chef"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.text("type")).isEqualTo("urn:newsroom-cms:problem:validation");
        assertThat(unknown.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("bylines[0].contributor", "bylines[1].role");
        assertThat(journalist.get(path).json().path("bylines").findValuesAsText("contributor"))
                .as("nothing changed").containsExactly(guest, own);

        // once submitted, the journalist may no longer edit it (and so not its bylines)
        assertThat(journalist.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")).status())
                .isEqualTo(200);
        assertThat(journalist.put(path, bylines(own, "author")).status()).isEqualTo(403);

        // contributors are managed by editors
        assertThat(journalist.post("/api/plugins/bylines/contributors", Map.of("displayName", "Someone")).status())
                .isEqualTo(403);
        assertThat(journalist.get("/api/plugins/bylines/contributors").status()).isEqualTo(200);
    }

    @Test
    void mergingMovesEveryBylineWithoutDuplicatesAndIsAudited() throws Exception {
        String name = "Hermansyah " + UUID.randomUUID().toString().substring(0, 8);
        String keep = contributor(name);
        String duplicate = contributor(name + " Dup");
        String a1 = draft(journalist);
        String a2 = draft(journalist);
        String a3 = draft(journalist);
        setBylines(a1, keep, "author", duplicate, "photographer");
        setBylines(a2, duplicate, "author");
        setBylines(a3, keep, "author", duplicate, "author");

        assertThat(bylineCount(keep)).isEqualTo(2);
        assertThat(bylineCount(duplicate)).isEqualTo(3);

        assertThat(journalist.post("/api/plugins/bylines/contributors/" + duplicate + "/merge", Map.of("into", keep))
                .status()).isEqualTo(403);
        ApiClient.Reply merged = editor.post("/api/plugins/bylines/contributors/" + duplicate + "/merge",
                Map.of("into", keep));
        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.json().path("bylinesMoved").asInt()).isEqualTo(2);
        assertThat(merged.json().path("duplicatesDropped").asInt()).isEqualTo(1);

        assertThat(bylineCount(keep)).isEqualTo(4);
        assertThat(bylineCount(duplicate)).isZero();
        assertThat(editor.get("/api/plugins/bylines/contributors/" + duplicate).text("mergedInto")).isEqualTo(keep);
        assertThat(editor.get("/api/articles/" + a3 + "/bylines").json().path("bylines").findValuesAsText("contributor"))
                .containsExactly(keep);
        assertThat(editor.get("/api/articles/" + a1 + "/bylines").json().path("bylines").findValuesAsText("role"))
                .containsExactly("author", "photographer");

        try (Connection db = Newsroom.database()) {
            assertThat(count(db, "select count(*) from plg_bylines_byline b join plg_bylines_contributor c "
                    + "on c.id = b.contributor_id where c.slug = ?", duplicate)).isZero();
            assertThat(count(db, "select count(*) from (select b.article_id, b.contributor_id, b.role "
                    + "from plg_bylines_byline b join plg_bylines_contributor c on c.id = b.contributor_id "
                    + "where c.slug = ? group by 1, 2, 3 having count(*) > 1) d", keep)).isZero();
            assertThat(count(db, "select count(*) from audit_event where plugin_id = 'bylines' and action = 'MERGED' "
                    + "and subject = ?", duplicate)).as("in the host's audit trail").isEqualTo(1);
        }
        JsonNode audit = editor.get("/api/plugins/bylines/audit?contributor=" + duplicate).json();
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("MERGED");
        assertThat(last.path("actor").asText()).isEqualTo(editor.get("/api/me").text("username"));
        assertThat(last.path("detail").asText()).contains(keep, "\"bylinesMoved\": 2");
        assertThat(last.path("at").asText()).isNotBlank();

        assertThat(editor.post("/api/plugins/bylines/contributors/" + duplicate + "/merge", Map.of("into", keep))
                .status()).as("already merged").isEqualTo(409);
        // the merged slug still works in a byline request: it leads to the surviving record
        ApiClient.Reply viaOldSlug = editor.put("/api/articles/" + a2 + "/bylines", bylines(duplicate, "author"));
        assertThat(viaOldSlug.json().path("bylines").findValuesAsText("contributor")).containsExactly(keep);
    }

    @Test
    void publishingWithoutAnAuthorBylineIsVetoedWithTheReason() {
        String photographer = contributor("Foto " + UUID.randomUUID().toString().substring(0, 8));
        String id = submitted(journalist);
        String own = editor.get("/api/articles/" + id + "/bylines").json().path("bylines").get(0)
                .path("contributor").asText();
        setBylines(id, photographer, "photographer");

        ApiClient.Reply vetoed = editor.post("/api/articles/" + id + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(vetoed.status()).as(vetoed.raw()).isEqualTo(422);
        assertThat(vetoed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vetoed.json().path("reasons").findValuesAsText("reason")).contains(VETO);
        assertThat(vetoed.json().path("reasons").findValuesAsText("plugin")).contains("bylines");
        assertThat(editor.get("/api/articles/" + id).text("status")).isEqualTo("IN_REVIEW");

        setBylines(id, own, "author", photographer, "photographer");
        ApiClient.Reply published = editor.post("/api/articles/" + id + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        JsonNode live = newsroom.anonymous().get("/api/public/articles/" + published.text("slug")).json();
        assertThat(live.path("plugins").path("bylines").path("bylines").findValuesAsText("role"))
                .containsExactly("author", "photographer");
        assertThat(live.path("plugins").path("bylines").path("text").asText()).startsWith("Oleh ").contains("Foto: ");

        // the setting can switch the check off
        String unchecked = submitted(journalist);
        setBylines(unchecked, photographer, "photographer");
        configure(Map.of("requireAuthorToPublish", false));
        assertThat(editor.post("/api/articles/" + unchecked + "/transitions", Map.of("to", "PUBLISHED")).status())
                .isEqualTo(200);
    }

    @Test
    void theAuthorPageListsOnlyPublishedArticlesNewestFirstWithCursors() {
        String person = contributor("Rina " + UUID.randomUUID().toString().substring(0, 8));
        List<String> publishedSlugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = submitted(journalist);
            setBylines(id, person, "author");
            ApiClient.Reply published = editor.post("/api/articles/" + id + "/transitions", Map.of("to", "PUBLISHED"));
            assertThat(published.status()).as(published.raw()).isEqualTo(200);
            publishedSlugs.add(0, published.text("slug")); // newest first
        }
        String inReview = submitted(journalist);
        setBylines(inReview, person, "author");
        String draftSlug = editor.get("/api/articles/" + inReview).text("slug");

        ApiClient anonymous = newsroom.anonymous();
        ApiClient.Reply first = anonymous.get("/api/public/contributors/" + person + "?limit=2");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.text("slug")).isEqualTo(person);
        assertThat(first.json().has("username")).isFalse();
        List<String> slugs = new ArrayList<>(first.json().path("articles").findValuesAsText("slug"));
        assertThat(slugs).containsExactly(publishedSlugs.get(0), publishedSlugs.get(1));
        String next = first.text("next");
        assertThat(next).isNotBlank();

        ApiClient.Reply second = anonymous.get("/api/public/contributors/" + person + "?limit=2&after=" + next);
        assertThat(second.status()).isEqualTo(200);
        slugs.addAll(second.json().path("articles").findValuesAsText("slug"));
        assertThat(slugs).containsExactlyElementsOf(publishedSlugs).doesNotContain(draftSlug);
        assertThat(second.json().path("next").isNull()).isTrue();

        assertThat(anonymous.get("/api/public/contributors/nobody-" + UUID.randomUUID()).status()).isEqualTo(404);
        ApiClient.Reply garbage = anonymous.get("/api/public/contributors/" + person + "?after=garbage");
        assertThat(garbage.status()).as("the API's one cursor codec: a junk cursor is a bad request").isEqualTo(400);
        assertThat(garbage.json().path("errors").findValuesAsText("field")).containsExactly("after");
    }

    @Test
    void anInvalidExtraPatternOrAgencyEntryIsRefusedWith400NamingItAndNothingIsSaved() {
        configure(Map.of("extraPatterns", List.of("^Laporan (?<name>.+)$")));
        ApiClient.Reply refused = newsroom.admin.put("/api/admin/plugins/bylines/config",
                Map.of("extraPatterns", List.of("^Laporan (?<name>.+)$", "([unclosed")));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("extraPatterns");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("([unclosed");
        assertThat(texts(bylinesConfig().path("extraPatterns"))).as("nothing saved")
                .containsExactly("^Laporan (?<name>.+)$");

        ApiClient.Reply badAgency = newsroom.admin.put("/api/admin/plugins/bylines/config",
                Map.of("agencies", List.of("ant=Antara", "Antara")));
        assertThat(badAgency.status()).as(badAgency.raw()).isEqualTo(400);
        assertThat(badAgency.json().path("errors").findValuesAsText("field")).containsExactly("agencies");
        assertThat(texts(bylinesConfig().path("agencies"))).as("nothing saved: the defaults").contains("ant=Antara")
                .hasSize(7);
    }

    @Test
    void aWriterNamedInWireCopyReplacesTheImporterAsAuthor() {
        String importer = journalist.get("/api/me").text("displayName");
        String copy = "Rapat anggaran " + unique() + "\n\nJakarta, HanTer - Menteri itu mengatakan bahwa rapat akan "
                + "dilanjutkan pada hari Senin.\n\nReporter: Safari Ahmad\n";
        JsonNode article = importWire(copy.getBytes(StandardCharsets.UTF_8)).article();
        JsonNode bylines = article.path("plugins").path("bylines");
        assertThat(bylines.path("bylines").findValuesAsText("name")).containsExactly("Safari Ahmad");
        assertThat(bylines.path("bylines").findValuesAsText("role")).containsExactly("reporter");
        assertThat(bylines.path("text").asText()).isEqualTo("Oleh Safari Ahmad").doesNotContain(importer);
        assertThat(article.path("body").asText()).doesNotContain("Safari");
    }

    @Test
    void wireSignOffsLeaveTheBodyTheSameWayInUtf8AndInWindows1252WithCrlf() {
        String importer = journalist.get("/api/me").text("displayName");
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            String nl = charset == StandardCharsets.UTF_8 ? "\n" : "\r\n";
            String quote = nl + nl + "“Kami siap,” kata menteri itu kepada wartawan pada hari Senin." + nl + nl;

            Imported agency = importWire(("Kutipan " + unique() + quote + "Kedua pihak sepakat untuk bertemu lagi "
                    + "bulan depan. (ant/rdk)" + nl).getBytes(charset));
            assertThat(agency.article().path("dateline").path("source").asText()).isEqualTo("Antara");
            assertThat(agency.article().path("body").asText()).endsWith("bulan depan.</p>").doesNotContain("rdk")
                    .doesNotContain("(ant").contains("“Kami siap,”").doesNotContain("\r");
            assertThat(agency.article().path("plugins").path("bylines").path("bylines").findValuesAsText("name"))
                    .as("desk initials are no person's byline").containsExactly(importer);
            assertThat(texts(agency.result().path("notes"))).contains("desk sign-off: rdk");
            assertThat(journalist.get("/api/articles/" + agency.id() + "/audit").raw()).contains("desk sign-off: rdk");

            Imported reporter = importWire(("Kutipan " + unique() + quote + "Kedua pihak sepakat untuk bertemu lagi "
                    + "bulan depan. (Budi Santoso)" + nl).getBytes(charset));
            assertThat(reporter.article().path("plugins").path("bylines").path("bylines").findValuesAsText("name"))
                    .containsExactly("Budi Santoso");
            assertThat(reporter.article().path("body").asText()).endsWith("bulan depan.</p>");

            Imported named = importWire(("Kutipan " + unique() + quote + "Kedua menteri itu kemudian bertemu di "
                    + "Jakarta. (Antara/xyz)" + nl).getBytes(charset));
            assertThat(named.article().path("dateline").path("source").asText()).isEqualTo("Antara");
            assertThat(named.article().path("body").asText()).as("the capitalised word ending the sentence stays")
                    .endsWith("bertemu di Jakarta.</p>").doesNotContain("xyz");
            assertThat(texts(named.result().path("notes"))).contains("desk sign-off: xyz");

            for (Imported i : List.of(agency, reporter, named)) {
                seen.computeIfAbsent(charset.name(), k -> new ArrayList<>()).add(
                        i.article().path("plugins").path("bylines").path("text").asText() + " | "
                                + i.article().path("dateline").path("source").asText() + " | "
                                + i.article().path("body").asText().replaceAll("[0-9a-f]{8}", ""));
            }
        }
        assertThat(seen.get("windows-1252")).as("Windows-1252 with CRLF reads like UTF-8")
                .containsExactlyElementsOf(seen.get("UTF-8"));
    }

    @Test
    void theAgencyTableIsEditable() {
        configure(Map.of("agencies", List.of("hnt=HanTer")));
        Imported imported = importWire(("Berita " + unique() + "\n\nMenteri itu mengatakan bahwa rapat akan "
                + "dilanjutkan pada hari Senin. (hnt/ab)\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.article().path("dateline").path("source").asText()).isEqualTo("HanTer");
        assertThat(imported.article().path("body").asText()).doesNotContain("(hnt");
    }

    // ---- helpers ----

    /** One imported file: its line of the import report and the article made from it. */
    private record Imported(JsonNode result, JsonNode article) {
        String id() {
            return result.path("articleId").asText();
        }
    }

    private Imported importWire(byte[] copy) {
        ApiClient.Reply reply = journalist.raw("POST", "/api/import/wire?filename=copy.txt", "text/plain", copy);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode result = reply.json().path("results").get(0);
        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREATED");
        return new Imported(result, journalist.get("/api/articles/" + result.path("articleId").asText()).json());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode bylinesConfig() {
        for (JsonNode plugin : newsroom.admin.get("/api/admin/plugins").json()) {
            if (plugin.path("id").asText().equals("bylines")) {
                return plugin.path("config");
            }
        }
        throw new AssertionError("the bylines plugin is not listed");
    }

    private void resetPlugin() {
        assertThat(newsroom.admin.post("/api/admin/plugins/bylines/enable", null).status()).isEqualTo(200);
        configure(Map.of());
    }

    private void configure(Map<String, Object> config) {
        ApiClient.Reply reply = newsroom.admin.put("/api/admin/plugins/bylines/config", config);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private String contributor(String displayName) {
        ApiClient.Reply created = editor.post("/api/plugins/bylines/contributors",
                Map.of("displayName", displayName, "affiliation", "HanTer"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("slug");
    }

    private String draft(ApiClient author) {
        ApiClient.Reply created = author.post("/api/articles", Newsroom.article("Bylines " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private String submitted(ApiClient author) {
        String id = draft(author);
        assertThat(author.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")).status())
                .isEqualTo(200);
        return id;
    }

    private void setBylines(String articleId, String... slugsAndRoles) {
        ApiClient.Reply reply = editor.put("/api/articles/" + articleId + "/bylines", bylines(slugsAndRoles));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private static Map<String, Object> bylines(String... slugsAndRoles) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = 0; i < slugsAndRoles.length; i += 2) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("contributor", slugsAndRoles[i]);
            entry.put("role", slugsAndRoles[i + 1]);
            list.add(entry);
        }
        return Map.of("bylines", list);
    }

    private int bylineCount(String slug) {
        ApiClient.Reply reply = editor.get("/api/plugins/bylines/contributors/" + slug);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json().path("bylineCount").asInt();
    }

    private static long count(Connection db, String sql, String param) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, param);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
