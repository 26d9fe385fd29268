package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The newsroom list's filters, as the dashboard uses them: several states at once, section, headline text (a
 * literal match: {@code %} and {@code _} are plain characters), and the four orders. Every list is narrowed to
 * this test's journalist, since the suite shares one database.
 */
class ArticleListIT extends AbstractApiIT {

    private String me;
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void who() {
        me = journalist.get("/api/me").text("username");
    }

    @Test
    void severalStatesAtOnceAndAnUnknownOneIsA400NamingIt() {
        String draft = create("Draft " + token);
        String inReview = create("In review " + token);
        String approved = create("Approved " + token);
        move(journalist, path(inReview), "IN_REVIEW", null);
        move(journalist, path(approved), "IN_REVIEW", null);
        move(editor, path(approved), "APPROVED", null);

        assertThat(ids(list("status=DRAFT,IN_REVIEW"))).containsExactlyInAnyOrder(draft, inReview);
        assertThat(ids(list("status=approved"))).containsExactly(approved);
        assertThat(ids(list("status=" + enc(" IN_REVIEW , APPROVED ,"))))
                .containsExactlyInAnyOrder(inReview, approved);
        assertThat(ids(list(""))).containsExactlyInAnyOrder(draft, inReview, approved);

        ApiClient.Reply unknown = editor.get("/api/articles?status=DRAFT,LIVE");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("status");
        assertThat(unknown.text("detail")).contains("\"LIVE\"", "IN_REVIEW");
    }

    @Test
    void bySectionSlug() {
        String slug = newsroom.section("Olahraga " + token, "olahraga-" + token);
        Map<String, Object> sport = new HashMap<>(Newsroom.article("Sport " + token));
        sport.put("section", slug);
        String inSection = journalist.post("/api/articles", sport).text("id");
        String elsewhere = create("World " + token);

        assertThat(ids(list("section=" + slug))).containsExactly(inSection);
        assertThat(ids(list("section=" + Newsroom.SECTION))).contains(elsewhere).doesNotContain(inSection);
        ApiClient.Reply none = editor.get("/api/articles?section=no-such-section-" + token);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("total").asLong()).as("an unknown section selects nothing").isZero();
    }

    @Test
    void headlineTextIsALiteralCaseInsensitiveMatch() {
        String percent = create("Diskon 50% hari ini " + token);
        String fifty = create("Diskon 500 persen " + token);
        String underscore = create("Kode snake_case " + token);
        String notUnderscore = create("Kode snakeXcase " + token);

        assertThat(ids(list("headline=" + enc("50%")))).containsExactly(percent);
        assertThat(ids(list("headline=" + enc("e_c")))).containsExactly(underscore);
        assertThat(ids(list("headline=" + enc("DISKON")))).containsExactlyInAnyOrder(percent, fifty);
        assertThat(ids(list("headline=" + enc("snake")))).containsExactlyInAnyOrder(underscore, notUnderscore);
        assertThat(ids(list("headline=" + enc("no such headline")))).isEmpty();
        assertThat(ids(list("headline=" + enc("diskon") + "&status=IN_REVIEW"))).as("combined with the other filters")
                .isEmpty();
    }

    @Test
    void sortedByUpdatedOrCreatedEitherWay() throws Exception {
        String first = create("First " + token);
        Thread.sleep(5);
        String second = create("Second " + token);
        Thread.sleep(5);
        String third = create("Third " + token);
        Thread.sleep(5);
        ApiClient.Reply current = journalist.get(path(first));
        assertThat(journalist.put(path(first), Newsroom.article("First, edited " + token), "If-Match",
                current.header("ETag")).status()).isEqualTo(200);

        assertThat(ids(list(""))).as("default: newest change first").containsExactly(first, third, second);
        assertThat(ids(list("sort=-updated"))).containsExactly(first, third, second);
        assertThat(ids(list("sort=updated"))).containsExactly(second, third, first);
        assertThat(ids(list("sort=-created"))).containsExactly(third, second, first);
        assertThat(ids(list("sort=created"))).containsExactly(first, second, third);

        JsonNode row = list("sort=created").path("items").get(0);
        assertThat(row.path("createdAt").asText()).isNotBlank();
        assertThat(row.path("section").asText()).isEqualTo(Newsroom.SECTION);

        ApiClient.Reply paged = editor.get("/api/articles?author=" + me + "&sort=created&page=2&size=2");
        assertThat(ids(paged.json())).containsExactly(third);
        assertThat(paged.json().path("total").asLong()).isEqualTo(3);

        ApiClient.Reply unknown = editor.get("/api/articles?sort=newest");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("sort");
        assertThat(unknown.text("detail")).contains("-updated", "created");
    }

    private String create(String headline) {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(headline));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** The list of this test's journalist's articles, as the editor sees it, with more parameters. */
    private JsonNode list(String query) {
        ApiClient.Reply reply = editor.get("/api/articles?author=" + me + (query.isEmpty() ? "" : "&" + query));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static String path(String id) {
        return "/api/articles/" + id;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
