package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The anonymous delivery API shows published articles only, pages by cursor and supports 304s. */
class PublicDeliveryIT extends AbstractApiIT {

    @Test
    void onlyPublishedArticlesAreVisible() {
        Map<String, String> slugByState = Map.of(
                "DRAFT", article(),
                "IN_REVIEW", move(article(), "IN_REVIEW"),
                "APPROVED", move(move(article(), "IN_REVIEW"), "APPROVED"),
                "KILLED", move(article(), "KILLED"),
                "UNPUBLISHED", move(move(move(article(), "IN_REVIEW"), "PUBLISHED"), "UNPUBLISHED"),
                "PUBLISHED", move(move(article(), "IN_REVIEW"), "PUBLISHED"));
        Set<String> listed = new HashSet<>(allListedSlugs());
        slugByState.forEach((state, id) -> {
            String slug = editor.get("/api/articles/" + id).text("slug");
            ApiClient.Reply reply = newsroom.anonymous().get("/api/public/articles/" + slug);
            boolean visible = state.equals("PUBLISHED");
            assertThat(reply.status()).as(state).isEqualTo(visible ? 200 : 404);
            assertThat(listed.contains(slug)).as(state + " listed").isEqualTo(visible);
            if (!visible) {
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            }
        });
    }

    @Test
    void cursorPagingWalksEveryPublishedArticleOnceNewestFirst() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = move(move(article(), "IN_REVIEW"), "PUBLISHED");
            mine.add(0, editor.get("/api/articles/" + id).text("slug"));
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = newsroom.anonymous().get("/api/public/articles?limit=2"
                    + (next == null ? "" : "&after=" + next)).json();
            page.path("items").forEach(a -> seen.add(a.path("slug").asText()));
            next = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (next != null && pages < 1000);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(allListedSlugs());
        assertThat(seen).containsSubsequence(mine);
        assertThat(newsroom.anonymous().get("/api/public/articles?after=garbage").status()).isEqualTo(400);
        assertThat(newsroom.anonymous().get("/api/public/articles?limit=0").status()).isEqualTo(422);
    }

    @Test
    void conditionalGetAnswers304() {
        String id = move(move(article(), "IN_REVIEW"), "PUBLISHED");
        String slug = editor.get("/api/articles/" + id).text("slug");
        ApiClient.Reply first = newsroom.anonymous().get("/api/public/articles/" + slug);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug, "If-None-Match", first.header("ETag"))
                .status()).isEqualTo(304);
    }

    /** Every slug in the public list, walking all pages (other tests publish too). */
    private List<String> allListedSlugs() {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = newsroom.anonymous().get("/api/public/articles?limit=100"
                    + (next == null ? "" : "&after=" + next)).json();
            page.path("items").forEach(a -> seen.add(a.path("slug").asText()));
            next = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (next != null && pages < 1000);
        return seen;
    }

    private String article() {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Public " + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private String move(String id, String to) {
        ApiClient actor = to.equals("IN_REVIEW") ? journalist : editor;
        Map<String, Object> body = to.equals("KILLED") ? Map.of("to", to, "comment", "test") : Map.of("to", to);
        ApiClient.Reply reply = actor.post("/api/articles/" + id + "/transitions", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return id;
    }
}
