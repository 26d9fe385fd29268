package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * On {@code /api/**} a query parameter the endpoint does not take is a 400 naming it and every one the endpoint
 * takes, on the core's routes and on plugins' alike; the ones it takes still work. The public site, whose links
 * are shared with tracking parameters, ignores them: a page and a feed answer the same bytes with or without.
 */
class StrictParametersIT extends AbstractApiIT {

    @Test
    void aCoreNewsroomRouteNamesWhatItTakes() {
        ApiClient.Reply reply = editor.get("/api/articles?q=x&foo=1");
        assertUnknown(reply, "foo", List.of("status", "author", "section", "q", "headline", "sort", "page", "size"));
        assertThat(reply.text("detail")).isEqualTo("Unknown query parameter \"foo\": this endpoint takes status, "
                + "author, section, q, headline, sort, page, size.");
        assertThat(editor.get("/api/articles?q=x&status=DRAFT&sort=created&page=1&size=5").status()).isEqualTo(200);
        assertThat(editor.get("/api/articles?satus=DRAFT").text("detail")).as("a typo is no longer ignored")
                .contains("\"satus\"");
    }

    @Test
    void aCorePublicRouteNamesWhatItTakesAndRefusesTrackingParameters() {
        assertUnknown(newsroom.anonymous().get("/api/public/articles?utm_source=newsletter"), "utm_source",
                List.of("after", "limit"));
        assertThat(newsroom.anonymous().get("/api/public/articles?limit=2").status()).isEqualTo(200);
        ApiClient.Reply bySlug = newsroom.anonymous().get("/api/public/articles/no-such-" + UUID.randomUUID() + "?fbclid=x");
        assertThat(bySlug.status()).as("the parameter is checked before the slug is looked up").isEqualTo(400);
        assertThat(bySlug.text("detail")).contains("takes no query parameters");
    }

    @Test
    void aRouteWithoutParametersSaysSo() {
        ApiClient.Reply reply = journalist.get("/api/me?x=1&y=2");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.text("detail")).isEqualTo(
                "Unknown query parameters \"x\", \"y\": this endpoint takes no query parameters.");
        assertThat(reply.json().path("allowed")).isEmpty();
    }

    @Test
    void pluginRoutesAreCheckedTheSameWay() {
        assertUnknown(editor.get("/api/plugins/tagging/tags?q=a&sort=name"), "sort", List.of("q", "limit"));
        assertThat(editor.get("/api/plugins/tagging/tags?q=a&limit=5").status()).isEqualTo(200);
        assertUnknown(newsroom.anonymous().get("/api/public/tags?lang=en&gclid=abc"), "gclid", null);
        assertThat(newsroom.anonymous().get("/api/public/tags?lang=en").status()).isEqualTo(200);
        String article = journalist.post("/api/articles", Newsroom.article("Strict " + UUID.randomUUID())).text("id");
        ApiClient.Reply bylines = journalist.get("/api/articles/" + article + "/bylines?verbose=true");
        assertUnknown(bylines, "verbose", List.of());
        assertThat(journalist.get("/api/articles/" + article + "/bylines").status()).isEqualTo(200);
    }

    @Test
    void theSiteIgnoresTrackingParameters() {
        String id = journalist.post("/api/articles", Newsroom.article("Dibagikan " + UUID.randomUUID())).text("id");
        move(journalist, "/api/articles/" + id, "IN_REVIEW", null);
        move(editor, "/api/articles/" + id, "APPROVED", null);
        ApiClient.Reply published = move(editor, "/api/articles/" + id, "PUBLISHED", null);
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        String slug = published.text("slug");
        String tracking = "utm_source=newsletter&utm_medium=email&utm_campaign=pagi&fbclid=IwAR0abc&gclid=Cj0KCQ";
        for (String path : List.of("/articles/" + slug, "/", "/feed.atom")) {
            ApiClient.Reply plain = newsroom.anonymous().get(path);
            ApiClient.Reply shared = newsroom.anonymous().get(path + "?" + tracking);
            assertThat(plain.status()).as(path).isEqualTo(200);
            assertThat(shared.status()).as(path + " with tracking parameters").isEqualTo(200);
            assertThat(shared.raw()).as(path + " with tracking parameters").isEqualTo(plain.raw());
            assertThat(shared.header("ETag")).as(path).isEqualTo(plain.header("ETag"));
        }
    }

    /** A 400 problem naming {@code name}, listing {@code allowed} (when given) as the endpoint's parameters. */
    private static void assertUnknown(ApiClient.Reply reply, String name, List<String> allowed) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("type").asText()).isEqualTo("urn:newsroom-cms:problem:unknown-parameter");
        assertThat(body.path("detail").asText()).contains("\"" + name + "\"", "this endpoint takes");
        assertThat(body.path("errors").findValuesAsText("field")).containsExactly(name);
        if (allowed != null) {
            List<String> listed = new java.util.ArrayList<>();
            body.path("allowed").forEach(n -> listed.add(n.asText()));
            assertThat(listed).isEqualTo(allowed);
            if (!allowed.isEmpty()) {
                assertThat(body.path("detail").asText()).endsWith("takes " + String.join(", ", allowed) + ".");
            }
        }
        assertThat(reply.raw()).doesNotContain("Exception");
    }
}
