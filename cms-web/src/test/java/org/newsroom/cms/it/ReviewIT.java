package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the review screen reads: the comment thread with the change requests in it, the diff against the
 * revision last submitted for review, and transitions that never offer a publication an embargo would refuse.
 */
class ReviewIT extends AbstractApiIT {

    @Test
    void aChangeRequestsCommentIsInTheThreadOnceMarkedWithItsTransition() {
        String path = created("Thread");
        assertThat(editor.post(path + "/comments", Map.of("body", "Nice lead.")).status()).isEqualTo(201);
        move(journalist, path, "IN_REVIEW", null);
        assertThat(move(editor, path, "CHANGES_REQUESTED", "Shorter, please.").status()).isEqualTo(200);
        move(journalist, path, "IN_REVIEW", "Done: cut to 400 words.");
        move(editor, path, "APPROVED", null);

        JsonNode thread = journalist.get(path + "/comments").json();
        List<String> entries = new ArrayList<>();
        thread.forEach(c -> entries.add(c.path("transition").asText("-") + " " + c.path("body").asText()));
        assertThat(entries).containsExactly("- Nice lead.", "CHANGES_REQUESTED Shorter, please.",
                "IN_REVIEW Done: cut to 400 words.");
        assertThat(thread.get(1).path("author").asText()).isEqualTo(editor.get("/api/me").text("username"));
        assertThat(thread.get(0).has("transition")).as("present, null for a plain comment").isTrue();
        assertThat(thread.get(0).path("transition").isNull()).isTrue();
        // the audit trail still has it too
        assertThat(journalist.get(path + "/audit").raw()).contains("Shorter, please.");

        String killed = created("Killed");
        move(editor, killed, "KILLED", "Legal said no.");
        assertThat(journalist.get(killed + "/comments").json().get(0).path("transition").asText()).isEqualTo("KILLED");
    }

    @Test
    void theReviewDiffIsAgainstTheRevisionLastSubmitted() {
        String path = created("Submitted base");
        ApiClient.Reply r2 = journalist.put(path, article("Submitted base, revised"), "If-Match", etag(path));
        assertThat(r2.json().path("currentRevision").asInt()).isEqualTo(2);

        ApiClient.Reply never = editor.get(path + "/revisions/submitted/diff/latest");
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.text("detail")).contains("never been submitted");

        move(journalist, path, "IN_REVIEW", null);
        move(editor, path, "CHANGES_REQUESTED", "Name the source.");
        ApiClient.Reply r3 = journalist.put(path, article("Submitted base, with the source"), "If-Match", etag(path));
        assertThat(r3.json().path("currentRevision").asInt()).isEqualTo(3);

        assertThat(editor.get(path + "/revisions/submitted").json().path("number").asInt()).isEqualTo(2);
        JsonNode diff = editor.get(path + "/revisions/submitted/diff/latest").json();
        JsonNode headline = field(diff, "headline");
        assertThat(headline.path("changed").asBoolean()).isTrue();
        assertThat(headline.path("before").asText()).startsWith("Submitted base, revised");
        assertThat(headline.path("after").asText()).startsWith("Submitted base, with the source");

        move(journalist, path, "IN_REVIEW", null);
        assertThat(editor.get(path + "/revisions/submitted").json().path("number").asInt())
                .as("the latest submission counts").isEqualTo(3);
    }

    @Test
    void anEmbargoInForceTakesPublishedOffTheAllowedTransitions() {
        Map<String, Object> embargoed = article("Embargoed");
        embargoed.put("embargoUntil", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(2)
                .truncatedTo(ChronoUnit.SECONDS).toString());
        String path = "/api/articles/" + journalist.post("/api/articles", embargoed).text("id");
        move(journalist, path, "IN_REVIEW", null);

        JsonNode inReview = editor.get(path).json();
        assertThat(texts(inReview.path("allowedTransitions"))).contains("APPROVED").doesNotContain("PUBLISHED");
        move(editor, path, "APPROVED", null);
        assertThat(texts(editor.get(path).json().path("allowedTransitions"))).as("scheduling after it stays possible")
                .contains("SCHEDULED").doesNotContain("PUBLISHED");
        ApiClient.Reply refused = move(editor, path, "PUBLISHED", null);
        assertThat(refused.status()).as("and publishing is refused, as offered").isEqualTo(409);

        Map<String, Object> lifted = article(editor.get(path).text("headline"));
        ApiClient.Reply saved = editor.put(path, lifted, "If-Match", etag(path));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(texts(saved.json().path("allowedTransitions"))).as("embargo lifted").contains("PUBLISHED");
    }

    private String created(String headline) {
        ApiClient.Reply created = journalist.post("/api/articles", article(headline));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return "/api/articles/" + created.text("id");
    }

    private String etag(String path) {
        return journalist.get(path).header("ETag");
    }

    private static Map<String, Object> article(String headline) {
        return new HashMap<>(Newsroom.article(headline.contains(" · ") ? headline : headline + " · " + UUID.randomUUID()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode field(JsonNode diff, String name) {
        for (JsonNode f : diff.path("fields")) {
            if (f.path("field").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + diff);
    }
}
