package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who is told what: editors (and admins) that an article waits for review, its author that changes were
 * requested (with the comment) or that it was published. Each reads and marks read only their own.
 */
class NotificationsIT extends AbstractApiIT {

    @Test
    void aSubmissionTellsTheEditorsWhoMarkItRead() {
        assertThat(unread(editor)).as("a new editor").isZero();
        String id = draft("Submitted story");
        assertThat(move(journalist, path(id), "IN_REVIEW", null).status()).isEqualTo(200);

        JsonNode mine = editor.get("/api/me/notifications").json();
        assertThat(mine.path("unread").asLong()).isEqualTo(1);
        JsonNode item = mine.path("items").get(0);
        assertThat(item.path("kind").asText()).isEqualTo("SUBMITTED");
        assertThat(item.path("articleId").asText()).isEqualTo(id);
        assertThat(item.path("headline").asText()).startsWith("Submitted story");
        assertThat(item.path("actor").asText()).isEqualTo(username(journalist));
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(unread(newsroom.admin)).as("admins review too").isPositive();
        assertThat(unread(journalist)).as("nobody is told what they did").isZero();

        ApiClient.Reply read = editor.post("/api/me/notifications/" + item.path("id").asText() + "/read", null);
        assertThat(read.status()).as(read.raw()).isEqualTo(204);
        assertThat(unread(editor)).isZero();
        assertThat(editor.get("/api/me/notifications").json().path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(editor.post("/api/me/notifications/" + item.path("id").asText() + "/read", null).status())
                .as("again: still fine").isEqualTo(204);
    }

    @Test
    void theJournalistIsToldOfChangesRequestedWithTheCommentAndOfPublication() {
        String id = draft("Needs work");
        move(journalist, path(id), "IN_REVIEW", null);
        assertThat(move(editor, path(id), "CHANGES_REQUESTED", null).status()).as("refused: no comment").isEqualTo(422);
        assertThat(unread(journalist)).as("a refused transition tells nobody").isZero();
        move(editor, path(id), "CHANGES_REQUESTED", "Add the minister's reaction.");

        JsonNode item = journalist.get("/api/me/notifications").json().path("items").get(0);
        assertThat(item.path("kind").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(item.path("comment").asText()).isEqualTo("Add the minister's reaction.");
        assertThat(item.path("actor").asText()).isEqualTo(username(editor));

        move(journalist, path(id), "IN_REVIEW", null);
        move(editor, path(id), "PUBLISHED", null);
        JsonNode mine = journalist.get("/api/me/notifications?limit=1").json();
        assertThat(mine.path("unread").asLong()).isEqualTo(2);
        assertThat(mine.path("items")).hasSize(1);
        assertThat(mine.path("items").get(0).path("kind").asText()).as("newest first").isEqualTo("PUBLISHED");

        assertThat(journalist.post("/api/me/notifications/read", null).status()).isEqualTo(204);
        assertThat(unread(journalist)).isZero();
    }

    @Test
    void onlyYourOwnNotifications() {
        String id = draft("Someone else's");
        move(journalist, path(id), "IN_REVIEW", null);
        String editorsOwn = editor.get("/api/me/notifications").json().path("items").get(0).path("id").asText();
        ApiClient.Reply others = journalist.post("/api/me/notifications/" + editorsOwn + "/read", null);
        assertThat(others.status()).as(others.raw()).isEqualTo(404);
        assertThat(journalist.post("/api/me/notifications/" + UUID.randomUUID() + "/read", null).status())
                .isEqualTo(404);
        assertThat(unread(editor)).as("untouched").isEqualTo(1);

        assertThat(editor.get("/api/me/notifications?limit=0").status()).isEqualTo(422);
        assertThat(editor.get("/api/me/notifications?limit=101").status()).isEqualTo(422);
        assertThat(editor.get("/api/me/notifications?limit=ten").status()).isEqualTo(400);
        assertThat(newsroom.anonymous().get("/api/me/notifications").status()).isEqualTo(401);
    }

    private String draft(String headline) {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(headline + " " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private static long unread(ApiClient client) {
        ApiClient.Reply reply = client.get("/api/me/notifications");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json().path("unread").asLong();
    }

    private static String username(ApiClient client) {
        return client.get("/api/me").text("username");
    }

    private static String path(String id) {
        return "/api/articles/" + id;
    }
}
