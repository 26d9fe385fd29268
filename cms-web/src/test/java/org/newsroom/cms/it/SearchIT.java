package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Full-text search (issue 15): the public API over live revisions (stemming in Indonesian and English, ranking,
 * snippets, every filter, keyset paging, websearch syntax, {@code %}/{@code _} literal, never an embargoed,
 * scheduled, unpublished or killed story), plugins' tags feeding the document, the site's search page (vnu), and
 * the newsroom's {@code ?q=} over working copies. Every story carries a made-up word of its own (tests share one
 * database), and every query includes it.
 */
class SearchIT extends AbstractApiIT {

    private static final Random RANDOM = new Random();

    /** A made-up lowercase word no other story has (letters only, so every stemmer keeps it one token). */
    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    static Map<String, Object> story(String headline, String body, String language) {
        Map<String, Object> s = new HashMap<>(Newsroom.article(headline));
        s.put("standfirst", null);
        s.put("body", body);
        s.put("language", language);
        return s;
    }

    /** Creates the story as {@code author}, publishes it; returns its path. */
    String published(ApiClient author, Map<String, Object> story) {
        ApiClient.Reply created = author.post("/api/articles", story);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        assertThat(move(author, path, "IN_REVIEW", null).status()).isEqualTo(200);
        ApiClient.Reply live = move(editor, path, "PUBLISHED", null);
        assertThat(live.status()).as(live.raw()).isEqualTo(200);
        return path;
    }

    String slug(String path) {
        return editor.get(path).text("slug");
    }

    JsonNode search(String query) {
        ApiClient.Reply reply = newsroom.anonymous().get("/api/public/search?" + query);
        assertThat(reply.status()).as(query + ": " + reply.raw()).isEqualTo(200);
        return reply.json();
    }

    static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.path("items").forEach(i -> slugs.add(i.path("slug").asText()));
        return slugs;
    }

    @Test
    void indonesianAndEnglishWordsAreFoundByTheirStems() {
        String w = word();
        String id = slug(published(journalist, story("Kerja sama " + w, "<p>Kedua negara sepakat meningkatkan kerja sama "
                + "militer " + w + ".</p>", "id")));
        String en = slug(published(journalist, story("Ministers " + w, "<p>The ministers were running the talks " + w
                + ".</p>", "en")));

        JsonNode peningkatan = search(q("peningkatan " + w));
        assertThat(slugs(peningkatan)).as("\"peningkatan\" and \"meningkatkan\" share the stem ingkat").containsExactly(id);
        assertThat(peningkatan.path("items").get(0).path("snippet").asText()).contains("<mark>meningkatkan</mark>");
        assertThat(peningkatan.path("total").asLong()).isEqualTo(1);
        assertThat(slugs(search(q("run " + w)))).as("english: running → run").containsExactly(en);
        assertThat(slugs(search(q(w)))).containsExactlyInAnyOrder(id, en);
        JsonNode item = search(q("run " + w)).path("items").get(0);
        assertThat(item.path("headline").asText()).isEqualTo("Ministers " + w);
        assertThat(OffsetDateTime.parse(item.path("publishedAt").asText())).isCloseTo(OffsetDateTime.now(),
                org.assertj.core.api.Assertions.within(10, ChronoUnit.MINUTES));
    }

    @Test
    void aHeadlineHitRanksAboveABodyHitAndSnippetsAreEscapedWithMarks() {
        String w = word();
        String inHeadline = slug(published(journalist, story("Banjir " + w + " melanda", "<p>Air naik.</p>", "id")));
        // published later, so recency favours it; the headline's weight must still win
        String inBody = slug(published(journalist, story("Cuaca hari ini", "<p>Hujan & <b>angin</b>, suhu &lt; 5 "
                + "derajat di " + w + ".</p>", "id")));

        JsonNode result = search(q(w));
        assertThat(slugs(result)).containsExactly(inHeadline, inBody);
        String snippet = result.path("items").get(1).path("snippet").asText();
        assertThat(snippet).contains("<mark>" + w + "</mark>").contains("&amp;").contains("&lt; 5")
                .doesNotContain("<b>").doesNotContain("& ");
    }

    @Test
    void filtersSelectByTagAuthorSectionAndDates() {
        String w = word();
        ApiClient other = newsroom.user("journalist", "JOURNALIST");
        String section = newsroom.section("Sains " + w, "sains-" + w);
        String taggedPath = published(journalist, story("Tagged " + w, "<p>Satu.</p>", "id"));
        ApiClient.Reply tags = editor.put(taggedPath + "/tagging/tags", Map.of("tags", List.of("Tagfilter " + w)));
        assertThat(tags.status()).as(tags.raw()).isEqualTo(200);
        String tagSlug = tags.json().get(0).path("slug").asText();
        Map<String, Object> inSection = story("Sectioned " + w, "<p>Dua.</p>", "id");
        inSection.put("section", section);
        String sectioned = slug(published(other, inSection));
        String tagged = slug(taggedPath);
        String contributor = journalist.get(taggedPath + "/bylines").json().path("bylines").get(0)
                .path("contributor").asText();

        assertThat(slugs(search(q(w)))).containsExactlyInAnyOrder(tagged, sectioned);
        assertThat(slugs(search(q(w) + "&tag=" + tagSlug))).containsExactly(tagged);
        assertThat(slugs(search(q(w) + "&author=" + contributor))).containsExactly(tagged);
        assertThat(slugs(search(q(w) + "&section=" + section))).containsExactly(sectioned);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(slugs(search(q(w) + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)))).hasSize(2);
        assertThat(search(q(w) + "&from=" + today.plusDays(2)).path("total").asLong()).isZero();
        assertThat(search(q(w) + "&to=" + today.minusDays(2)).path("total").asLong()).isZero();
        String instant = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
        assertThat(slugs(search(q(w) + "&to=" + URLEncoder.encode(instant, StandardCharsets.UTF_8)))).hasSize(2);
    }

    @Test
    void pagingWalksEveryHitOnce() {
        String w = word();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(slug(published(journalist, story("Cerita " + i + " " + w, "<p>" + (w + " ").repeat(i + 1) + "</p>", "id"))));
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = search(q(w) + "&limit=2" + (next == null ? "" : "&after=" + next));
            assertThat(page.path("total").asLong()).isEqualTo(5);
            seen.addAll(slugs(page));
            next = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (next != null && pages < 10);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void websearchSyntaxAndLiteralPercentAndUnderscore() {
        String w = word();
        String phrase = slug(published(journalist, story("Satu " + w, "<p>alpha bravo " + w + "</p>", "en")));
        String reversed = slug(published(journalist, story("Dua " + w, "<p>bravo alpha " + w + "</p>", "en")));
        String charlie = slug(published(journalist, story("Tiga " + w, "<p>charlie " + w + "</p>", "en")));
        String delta = slug(published(journalist, story("Empat " + w, "<p>delta " + w + "</p>", "en")));
        String percent = slug(published(journalist, story("Diskon " + w, "<p>diskon 50% " + w + "</p>", "en")));
        String fiveHundred = slug(published(journalist, story("Diskon besar " + w, "<p>diskon 500 " + w + "</p>", "en")));
        String snake = slug(published(journalist, story("Kode " + w, "<p>snake_case " + w + "</p>", "en")));
        String notSnake = slug(published(journalist, story("Kode lain " + w, "<p>snakeXcase " + w + "</p>", "en")));

        assertThat(slugs(search(q("\"alpha bravo\" " + w)))).containsExactly(phrase);
        assertThat(slugs(search(q("alpha bravo " + w)))).containsExactlyInAnyOrder(phrase, reversed);
        assertThat(slugs(search(q(w + " -alpha -diskon -snake -snakexcase"))))
                .containsExactlyInAnyOrder(charlie, delta);
        assertThat(slugs(search(q(w + " charlie or delta")))).containsExactlyInAnyOrder(charlie, delta);
        assertThat(slugs(search(q("50% " + w)))).as("% is not a wildcard").containsExactly(percent)
                .doesNotContain(fiveHundred);
        assertThat(slugs(search(q("snake_case " + w)))).as("_ is not a wildcard").containsExactly(snake)
                .doesNotContain(notSnake);
        assertThat(search(q("%")).path("total").asLong()).as("a query of only % matches nothing").isZero();
        assertThat(search(q("_")).path("total").asLong()).isZero();
    }

    @Test
    void embargoedScheduledUnpublishedAndKilledStoriesAreNeverHits() throws Exception {
        String w = word();
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> embargoedStory = story("Embargo " + w, "<p>Rahasia " + w + "</p>", "id");
        embargoedStory.put("embargoUntil", tomorrow.toString());
        String embargoed = approved(embargoedStory);
        assertThat(editor.post(embargoed + "/schedule", Map.of("publishAt", tomorrow.toString())).status()).isEqualTo(200);
        String scheduled = approved(story("Terjadwal " + w, "<p>Nanti " + w + "</p>", "id"));
        assertThat(editor.post(scheduled + "/schedule", Map.of("publishAt", tomorrow.toString())).status()).isEqualTo(200);
        assertThat(search(q(w)).path("total").asLong()).as("embargoed and scheduled").isZero();
        assertThat(editor.get("/api/articles?" + q(w)).json().path("total").asLong())
                .as("the newsroom finds both working copies").isEqualTo(2);

        String killed = published(journalist, story("Dibatalkan " + w, "<p>Salah " + w + "</p>", "id"));
        String unpublished = published(journalist, story("Ditarik " + w, "<p>Tarik " + w + "</p>", "id"));
        String live = published(journalist, story("Tetap " + w, "<p>Ada " + w + "</p>", "id"));
        assertThat(search(q(w)).path("total").asLong()).isEqualTo(3);
        assertThat(move(editor, killed, "KILLED", "Legal asked us to.").status()).isEqualTo(200);
        assertThat(move(editor, unpublished, "UNPUBLISHED", null).status()).isEqualTo(200);
        assertThat(slugs(search(q(w)))).containsExactly(slug(live));

        // the page is checked against the article once more, not only against its live document (the changes
        // below go behind the CMS's back, so nothing drops the kept searches: each read is a new address)
        String id = live.substring(live.lastIndexOf('/') + 1);
        try (Connection db = Newsroom.database();
             PreparedStatement embargo = db.prepareStatement("update article set embargo_until = now() + interval '1 day' "
                     + "where id = ?::uuid")) {
            embargo.setString(1, id);
            embargo.executeUpdate();
            assertThat(slugs(search(q(w) + "&limit=5"))).isEmpty();
            try (PreparedStatement lift = db.prepareStatement("update article set embargo_until = null where id = ?::uuid")) {
                lift.setString(1, id);
                lift.executeUpdate();
            }
        }
        assertThat(slugs(search(q(w) + "&limit=6"))).containsExactly(slug(live));
    }

    private String approved(Map<String, Object> story) {
        ApiClient.Reply created = journalist.post("/api/articles", story);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "APPROVED", null).status()).isEqualTo(200);
        return path;
    }

    @Test
    void aTagAddedToALiveStoryMakesItFindableByTheTagName() {
        String w = word();
        String tagName = "Tagkata" + word().substring(2);
        String path = published(journalist, story("Berita " + w, "<p>Isi " + w + "</p>", "id"));
        assertThat(search(q(tagName)).path("total").asLong()).isZero();

        ApiClient.Reply tags = editor.put(path + "/tagging/tags", Map.of("tags", List.of(tagName)));
        assertThat(tags.status()).as(tags.raw()).isEqualTo(200);

        assertThat(slugs(search(q(tagName)))).containsExactly(slug(path));
        assertThat(slugs(search(q(w) + "&tag=" + tags.json().get(0).path("slug").asText()))).containsExactly(slug(path));
    }

    @Test
    void theSitesSearchPageShowsHitsWithSnippetsAndIsValidAndNoindex() {
        String w = word();
        String slug = slug(published(journalist, story("Pasar " + w + " ramai", "<p>Pedagang di pasar " + w
                + " menjual sayur.</p>", "id")));

        ApiClient.Reply page = newsroom.anonymous().get("/search?" + q(w), "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("href=\"/articles/" + slug + "\"").contains("<mark>" + w + "</mark>")
                .contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(HtmlChecker.errors(page.raw())).as("vnu errors on the results page").isEmpty();
        ApiClient.Reply empty = newsroom.anonymous().get("/search", "Accept", "text/html");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.raw()).contains("name=\"q\"");
        assertThat(HtmlChecker.errors(empty.raw())).as("vnu errors on the empty search page").isEmpty();
        ApiClient.Reply none = newsroom.anonymous().get("/search?" + q(word()), "Accept", "text/html");
        assertThat(none.status()).isEqualTo(200);
        assertThat(HtmlChecker.errors(none.raw())).as("vnu errors on a page without hits").isEmpty();
        assertThat(newsroom.anonymous().get("/", "Accept", "text/html").raw()).as("every page's header has the form")
                .contains("action=\"/search\"");
    }

    @Test
    void theNewsroomSearchesWorkingCopiesWithItsFiltersAndRoles() {
        String w = word();
        String edited = word();
        String draft = journalist.post("/api/articles", story("Draf " + w, "<p>Belum " + w + "</p>", "id")).text("id");
        String path = published(journalist, story("Terbit " + w, "<p>Sudah " + w + "</p>", "id"));
        ApiClient.Reply current = editor.get(path);
        Map<String, Object> change = story("Terbit " + w, "<p>Sudah " + w + " " + edited + "</p>", "id");
        ApiClient.Reply saved = editor.put(path, change, "If-Match", current.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);

        assertThat(ids(journalist.get("/api/articles?" + q(w)))).containsExactlyInAnyOrder(draft, id(path));
        assertThat(ids(journalist.get("/api/articles?" + q(edited)))).as("the working copy").containsExactly(id(path));
        assertThat(search(q(edited)).path("total").asLong()).as("readers still see the live revision").isZero();
        assertThat(search(q(w)).path("total").asLong()).isEqualTo(1);
        assertThat(ids(journalist.get("/api/articles?" + q(w) + "&status=DRAFT"))).containsExactly(draft);
        String other = newsroom.user("journalist", "JOURNALIST").get("/api/me").text("username");
        assertThat(ids(editor.get("/api/articles?" + q(w) + "&author=" + other))).isEmpty();
        assertThat(newsroom.anonymous().get("/api/articles?" + q(w)).status()).as("sign-in needed").isEqualTo(401);
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String query : List.of("", "q=", "q=a&limit=0", "q=a&limit=51", "q=a&from=yesterday", "q=a&after=nonsense",
                "q=a&from=2026-12-02&to=2026-12-01", q("a".repeat(201)))) {
            ApiClient.Reply reply = newsroom.anonymous().get("/api/public/search?" + query);
            assertThat(reply.status()).as(query + ": " + reply.raw()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().path("errors").get(0).path("field").asText()).as(query).isNotEmpty();
        }
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<String> ids(ApiClient.Reply list) {
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
