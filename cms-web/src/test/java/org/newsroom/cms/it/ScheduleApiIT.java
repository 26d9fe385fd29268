package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Scheduling and embargo over HTTP: local times with offsets, UTC storage, the errors a client can get. */
class ScheduleApiIT extends AbstractApiIT {

    @Test
    void editorsScheduleInLocalTimeWhichIsStoredAsUtcAndCanBeMovedOrCancelled() {
        String path = approved();
        OffsetDateTime jakarta = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Reply scheduled = editor.post(path + "/schedule", Map.of("publishAt", jakarta.toString()));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(200);
        assertThat(scheduled.text("status")).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(scheduled.text("scheduledPublishAt"))).isEqualTo(jakarta.toInstant());
        assertThat(scheduled.text("scheduledPublishAt")).endsWith("Z");
        String slug = scheduled.text("slug");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).status()).isEqualTo(404);

        OffsetDateTime later = jakarta.plusHours(2);
        ApiClient.Reply moved = editor.post(path + "/schedule", Map.of("publishAt", later.toString()));
        assertThat(Instant.parse(moved.text("scheduledPublishAt"))).isEqualTo(later.toInstant());
        assertThat(editor.get(path + "/audit").raw()).contains("RESCHEDULED");

        assertThat(journalist.send("DELETE", path + "/schedule", null).status()).isEqualTo(403);
        ApiClient.Reply cancelled = editor.send("DELETE", path + "/schedule", null);
        assertThat(cancelled.text("status")).isEqualTo("APPROVED");
        assertThat(cancelled.json().path("scheduledPublishAt").isNull()).isTrue();
    }

    @Test
    void badScheduleRequestsAreExplained() {
        String path = approved();
        ApiClient.Reply noOffset = editor.post(path + "/schedule", Map.of("publishAt", "2030-12-01T06:00:00"));
        assertThat(noOffset.status()).isEqualTo(400);
        assertThat(noOffset.text("detail")).contains("offset", "+07:00");
        assertThat(editor.post(path + "/schedule", Map.of("publishAt", "tomorrow")).status()).isEqualTo(400);
        assertThat(editor.post(path + "/schedule", Map.of("publishAt", "2001-01-01T00:00:00Z")).status()).isEqualTo(422);
        assertThat(editor.post(path + "/schedule", Map.of()).status()).isEqualTo(422);
        assertThat(journalist.post(path + "/schedule", Map.of("publishAt", "2030-12-01T06:00:00+07:00")).status())
                .isEqualTo(403);
        ApiClient.Reply viaTransition = editor.post(path + "/transitions", Map.of("to", "SCHEDULED"));
        assertThat(viaTransition.status()).isEqualTo(422);
        assertThat(viaTransition.raw()).contains("/schedule");

        String draft = "/api/articles/" + journalist.post("/api/articles", Newsroom.article("Draft " + UUID.randomUUID()))
                .text("id");
        ApiClient.Reply fromDraft = editor.post(draft + "/schedule", Map.of("publishAt", "2030-12-01T06:00:00+07:00"));
        assertThat(fromDraft.status()).isEqualTo(409);
        assertThat(fromDraft.json().path("allowed").toString()).contains("IN_REVIEW");
    }

    @Test
    void embargoIsAnArticleFieldThatBlocksPublishingOnEveryPath() {
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Newsroom.article("Embargoed " + UUID.randomUUID()));
        body.put("embargoUntil", embargo.toString());
        ApiClient.Reply created = journalist.post("/api/articles", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(Instant.parse(created.text("embargoUntil"))).isEqualTo(embargo.toInstant());
        String path = "/api/articles/" + created.text("id");

        journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW"));
        ApiClient.Reply publish = editor.post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.text("type")).endsWith("embargoed");
        assertThat(Instant.parse(publish.text("embargoUntil"))).isEqualTo(embargo.toInstant());
        assertThat(publish.text("detail")).contains(embargo.toInstant().toString());

        editor.post(path + "/transitions", Map.of("to", "APPROVED"));
        ApiClient.Reply early = editor.post(path + "/schedule", Map.of("publishAt", embargo.minusHours(1).toString()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(editor.post(path + "/schedule", Map.of("publishAt", embargo.toString())).status()).isEqualTo(200);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + created.text("slug")).status()).isEqualTo(404);

        Map<String, Object> local = new HashMap<>(body);
        local.put("embargoUntil", "2030-01-01T00:00");
        ApiClient.Reply noOffset = editor.put(path, local, "If-Match", editor.get(path).header("ETag"));
        assertThat(noOffset.status()).isEqualTo(400);
        assertThat(noOffset.json().path("errors").get(0).path("field").asText()).isEqualTo("embargoUntil");
    }

    private String approved() {
        String id = journalist.post("/api/articles", Newsroom.article("Scheduled " + UUID.randomUUID())).text("id");
        String path = "/api/articles/" + id;
        assertThat(journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW")).status()).isEqualTo(200);
        assertThat(editor.post(path + "/transitions", Map.of("to", "APPROVED")).status()).isEqualTo(200);
        return path;
    }
}
