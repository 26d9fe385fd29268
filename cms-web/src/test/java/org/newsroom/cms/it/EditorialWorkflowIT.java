package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The editorial workflow end to end, over HTTP, in the provisioned WildFly on a real PostgreSQL. */
class EditorialWorkflowIT extends AbstractApiIT {

    @Test
    void draftReviewChangesApprovePublishAndTheAuditTrailTellsItAll() {
        ApiClient.Reply created = journalist.post("/api/articles",
                Newsroom.article("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/articles/" + created.text("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("slug")).startsWith("iran-akan-tingkatkan-kerja-sama-militer-dengan-rusia-");
        String id = created.text("id");
        String slug = created.text("slug");
        String path = "/api/articles/" + id;

        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).status()).isEqualTo(404);

        assertThat(move(journalist, "/api/articles/" + id, "IN_REVIEW", "Ready for a look").status()).isEqualTo(200);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).status()).isEqualTo(404);

        ApiClient.Reply changes = move(editor, "/api/articles/" + id, "CHANGES_REQUESTED", "Add the ministry's reaction");
        assertThat(changes.status()).as(changes.raw()).isEqualTo(200);
        assertThat(changes.text("status")).isEqualTo("CHANGES_REQUESTED");

        ApiClient.Reply current = journalist.get(path);
        Map<String, Object> edited = new java.util.HashMap<>(Newsroom.article(current.text("headline")));
        edited.put("body", "<p>First paragraph.</p><p>The ministry declined to comment.</p>");
        ApiClient.Reply saved = journalist.put(path, edited, "If-Match", current.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.text("body")).contains("The ministry declined to comment.");

        assertThat(move(journalist, "/api/articles/" + id, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, "/api/articles/" + id, "APPROVED", null).status()).isEqualTo(200);
        ApiClient.Reply published = move(editor, "/api/articles/" + id, "PUBLISHED", "Go");
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        assertThat(published.json().path("firstPublishedAt").isTextual()).isTrue();
        assertThat(published.text("firstPublishedAt")).isEqualTo(published.text("lastPublishedAt"));

        ApiClient.Reply live = newsroom.anonymous().get("/api/public/articles/" + slug);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.text("headline")).isEqualTo(current.text("headline"));
        assertThat(live.text("body")).contains("The ministry declined to comment.");
        assertThat(live.json().path("dateline").path("place").asText()).isEqualTo("Jakarta");
        assertThat(live.json().has("status")).as("no workflow internals in public JSON").isFalse();
        List<String> latest = new ArrayList<>();
        newsroom.anonymous().get("/api/public/articles?limit=100").json().path("items")
                .forEach(a -> latest.add(a.path("slug").asText()));
        assertThat(latest).contains(slug);

        JsonNode audit = editor.get(path + "/audit").json();
        List<String> steps = new ArrayList<>();
        audit.forEach(e -> steps.add(e.path("action").asText() + " " + e.path("from").asText("-") + ">"
                + e.path("to").asText() + " by " + e.path("actor").asText().replaceAll("-.*", "")
                + (e.path("comment").isNull() ? "" : " '" + e.path("comment").asText() + "'")));
        assertThat(steps).containsExactly(
                "CREATED ->DRAFT by journalist",
                "TRANSITION DRAFT>IN_REVIEW by journalist 'Ready for a look'",
                "TRANSITION IN_REVIEW>CHANGES_REQUESTED by editor 'Add the ministry's reaction'",
                "TRANSITION CHANGES_REQUESTED>IN_REVIEW by journalist",
                "TRANSITION IN_REVIEW>APPROVED by editor",
                "TRANSITION APPROVED>PUBLISHED by editor 'Go'");
        audit.forEach(e -> assertThat(e.path("at").asText()).isNotBlank());
    }

    @Test
    void journalistCannotPublishEvenAnApprovedArticle() {
        String id = draft(journalist);
        move(journalist, "/api/articles/" + id, "IN_REVIEW", null);
        move(editor, "/api/articles/" + id, "APPROVED", null);
        ApiClient.Reply refused = move(journalist, "/api/articles/" + id, "PUBLISHED", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("editor");
        assertThat(editor.get("/api/articles/" + id).text("status")).isEqualTo("APPROVED");
    }

    @Test
    void journalistCannotEditOrSubmitAnotherJournalistsDraft() {
        String id = draft(journalist);
        ApiClient other = newsroom.user("other", "JOURNALIST");
        ApiClient.Reply current = other.get("/api/articles/" + id);
        ApiClient.Reply edit = other.put("/api/articles/" + id, Newsroom.article("Hijacked"),
                "If-Match", current.header("ETag"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.text("detail")).contains("own articles");
        assertThat(move(other, "/api/articles/" + id, "IN_REVIEW", null).status()).isEqualTo(403);
        assertThat(journalist.get("/api/articles/" + id).text("headline")).isNotEqualTo("Hijacked");
    }

    @Test
    void journalistCannotEditOwnArticleOnceSubmitted() {
        String id = draft(journalist);
        ApiClient.Reply submitted = move(journalist, "/api/articles/" + id, "IN_REVIEW", null);
        ApiClient.Reply edit = journalist.put("/api/articles/" + id, Newsroom.article("Late change"),
                "If-Match", submitted.header("ETag"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.text("detail")).contains("DRAFT or CHANGES_REQUESTED");
    }

    @Test
    void staleIfMatchIsRefusedAndNothingIsOverwritten() throws Exception {
        String id = draft(journalist);
        ApiClient.Reply first = journalist.get("/api/articles/" + id);
        Map<String, Object> mine = new java.util.HashMap<>(Newsroom.article("Mine"));
        assertThat(editor.put("/api/articles/" + id, mine, "If-Match", first.header("ETag")).status()).isEqualTo(200);

        Map<String, Object> theirs = new java.util.HashMap<>(Newsroom.article("Theirs"));
        theirs.put("body", "<p>Overwrite attempt</p>");
        ApiClient.Reply stale = journalist.put("/api/articles/" + id, theirs, "If-Match", first.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);

        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement("select headline, body, version from article where id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("headline")).isEqualTo("Mine");
                assertThat(rs.getString("body")).doesNotContain("Overwrite attempt");
                assertThat(rs.getLong("version")).isEqualTo(1);
            }
        }

        ApiClient.Reply missing = journalist.put("/api/articles/" + id, theirs);
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void invalidJsonIsA400Problem() {
        ApiClient.Reply reply = journalist.post("/api/articles", "{\"headline\": \"unterminated");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.text("type")).isEqualTo("urn:newsroom-cms:problem:invalid-json");
        assertThat(reply.text("detail")).contains("not valid JSON").doesNotContain("Exception", "at com.");
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
    }

    @Test
    void publishingADraftIsAConflictNamingTheAllowedTransitions() {
        String id = draft(journalist);
        ApiClient.Reply reply = move(editor, "/api/articles/" + id, "PUBLISHED", null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("detail")).contains("DRAFT", "PUBLISHED");
        List<String> allowed = new ArrayList<>();
        reply.json().path("allowed").forEach(n -> allowed.add(n.asText()));
        assertThat(allowed).containsExactly("IN_REVIEW", "KILLED");
    }

    @Test
    void scriptInTheBodyIsStoredSanitised() throws Exception {
        Map<String, Object> dirty = new java.util.HashMap<>(Newsroom.article("Sanitised"));
        dirty.put("body", "<p onmouseover=\"steal()\">Safe text</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">link</a>");
        ApiClient.Reply created = journalist.post("/api/articles", dirty);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("body")).contains("Safe text").doesNotContain("script", "onmouseover", "javascript");
        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement("select body from article where id = ?")) {
            q.setObject(1, UUID.fromString(created.text("id")));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).contains("Safe text").doesNotContain("<script", "onmouseover", "javascript:");
            }
        }
    }

    @Test
    void killNeedsAReasonAndKilledArticlesAreFrozenAndInvisible() {
        String id = draft(journalist);
        move(journalist, "/api/articles/" + id, "IN_REVIEW", null);
        move(editor, "/api/articles/" + id, "PUBLISHED", null);
        String slug = editor.get("/api/articles/" + id).text("slug");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).status()).isEqualTo(200);

        ApiClient.Reply noReason = move(editor, "/api/articles/" + id, "KILLED", " ");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("comment");

        assertThat(move(editor, "/api/articles/" + id, "KILLED", "Legal: defamation risk").status()).isEqualTo(200);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).status())
                .as("gone for good once killed after publication").isEqualTo(410);
        ApiClient.Reply current = editor.get("/api/articles/" + id);
        assertThat(editor.put("/api/articles/" + id, Newsroom.article("Back from the dead"), "If-Match",
                current.header("ETag")).status()).isEqualTo(403);
        assertThat(current.json().path("allowedTransitions").size()).isZero();
    }

    @Test
    void requestingChangesNeedsAComment() {
        String id = draft(journalist);
        move(journalist, "/api/articles/" + id, "IN_REVIEW", null);
        ApiClient.Reply reply = move(editor, "/api/articles/" + id, "CHANGES_REQUESTED", null);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").get(0).path("message").asText()).contains("comment");
        assertThat(editor.get("/api/articles/" + id).text("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void commentsCanBeAddedWithoutATransition() {
        String id = draft(journalist);
        assertThat(editor.post("/api/articles/" + id + "/comments", Map.of("body", "Check the figures")).status())
                .isEqualTo(201);
        assertThat(journalist.post("/api/articles/" + id + "/comments", Map.of("body", "Done")).status())
                .isEqualTo(201);
        assertThat(journalist.post("/api/articles/" + id + "/comments", Map.of("body", "")).status()).isEqualTo(422);
        JsonNode comments = journalist.get("/api/articles/" + id + "/comments").json();
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).path("body").asText()).isEqualTo("Check the figures");
        assertThat(comments.get(1).path("body").asText()).isEqualTo("Done");
        assertThat(journalist.get("/api/articles/" + id).text("status")).isEqualTo("DRAFT");
    }

    private String draft(ApiClient author) {
        ApiClient.Reply created = author.post("/api/articles", Newsroom.article("Story " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }
}
