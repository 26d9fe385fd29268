package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test fixture for the public read paths: stories written by one journalist, each tagged with one tag, bylined
 * (the author's byline) and with a credited photo, moved by an editor to the state a test needs. Every story
 * carries a token of its own in its headline (and so its slug), so "not listed" is "the token is nowhere".
 */
final class PublicStories {

    /** A story: its token, ids and slug, and its photo. */
    record Story(String token, String id, String path, String slug, String photoId) {
    }

    private final ApiClient journalist;
    private final ApiClient editor;
    private final String tag;
    private String tagSlug;
    private String authorSlug;

    PublicStories(ApiClient journalist, ApiClient editor, String tag) {
        this.journalist = journalist;
        this.editor = editor;
        this.tag = tag;
    }

    /** A draft with the tag, the byline and a photo. */
    Story draft(String kind) {
        String token = kind + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Visibilitas " + token));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        ApiClient.Reply tags = journalist.put(path + "/tagging/tags", Map.of("tags", List.of(tag)));
        assertThat(tags.status()).as(tags.raw()).isEqualTo(200);
        tagSlug = tags.json().get(0).path("slug").asText();
        authorSlug = journalist.get(path + "/bylines").json().path("bylines").get(0).path("contributor").asText();
        ApiClient.Reply photo = journalist.multipart(path + "/photo-captions/photos", List.of(
                ApiClient.Part.field("caption", "Suasana di Jakarta " + token),
                ApiClient.Part.field("credit", "HanTer/Budi Santoso"),
                ApiClient.Part.field("altText", "Jalan di Jakarta"),
                ApiClient.Part.file("file", "photo.jpg", "image/jpeg",
                        PhotosPanelFixtures.jpeg(640, 480, new java.awt.Color(90, 60, 30)))));
        assertThat(photo.status()).as(photo.raw()).isEqualTo(201);
        return new Story(token, created.text("id"), path, editor.get(path).text("slug"), photo.text("id"));
    }

    Story approved(String kind) {
        Story s = draft(kind);
        to(s, "IN_REVIEW");
        to(s, "APPROVED");
        return s;
    }

    Story published(String kind) {
        Story s = draft(kind);
        to(s, "IN_REVIEW");
        to(s, "PUBLISHED");
        return s;
    }

    /** Scheduled to go live {@code seconds} from now. */
    void schedule(Story s, long seconds) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
        ApiClient.Reply scheduled = editor.post(s.path() + "/schedule", Map.of("publishAt", at.toString()));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(200);
    }

    /** Saves the story with an embargo {@code seconds} from now (its other fields as created). */
    void embargo(Story s, long seconds) {
        Map<String, Object> body = new HashMap<>(Newsroom.article("Visibilitas " + s.token()));
        body.put("embargoUntil", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(seconds)
                .truncatedTo(ChronoUnit.SECONDS).toString());
        ApiClient.Reply saved = editor.put(s.path(), body, "If-Match", editor.get(s.path()).header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
    }

    void to(Story s, String state) {
        ApiClient client = state.equals("IN_REVIEW") ? journalist : editor;
        Map<String, Object> body = new HashMap<>(Map.of("to", state));
        if (state.equals("KILLED") || state.equals("UNPUBLISHED")) {
            body.put("comment", "Rahasia redaksi: sumber tidak dapat diverifikasi");
        }
        ApiClient.Reply moved = client.post(s.path() + "/transitions", body);
        assertThat(moved.status()).as(state + ": " + moved.raw()).isEqualTo(200);
    }

    String tagSlug() {
        return tagSlug;
    }

    String authorSlug() {
        return authorSlug;
    }
}
