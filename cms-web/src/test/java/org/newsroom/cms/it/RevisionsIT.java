package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Revisions, diff, restore; the live copy stays put while its working copy is edited; corrections. */
class RevisionsIT extends AbstractApiIT {

    @Test
    void everySaveIsARevisionThatCanBeDiffedAndRestored() {
        String headline = "Iran akan Tingkatkan Kerja Sama " + UUID.randomUUID();
        Map<String, Object> v1 = article(headline, "<p>Panglima tertinggi Iran berbicara.</p><p>Kedua.</p>");
        ApiClient.Reply created = journalist.post("/api/articles", v1);
        String path = "/api/articles/" + created.text("id");
        assertThat(created.json().path("currentRevision").asInt()).isEqualTo(1);

        ApiClient.Reply r2 = journalist.put(path, article(headline.replace("Kerja Sama", "Kerja Sama Militer"),
                "<p>Panglima tertinggi Iran berbicara keras.</p><p>Kedua.</p><p>Ketiga.</p>"),
                "If-Match", created.header("ETag"));
        assertThat(r2.status()).as(r2.raw()).isEqualTo(200);
        ApiClient.Reply r3 = journalist.put(path, article("Totally new", "<p>Kedua.</p>"), "If-Match", r2.header("ETag"));
        assertThat(r3.json().path("currentRevision").asInt()).isEqualTo(3);

        JsonNode list = journalist.get(path + "/revisions").json();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(list.get(0).path("basedOn").isNull()).isTrue();
        assertThat(list.get(1).path("basedOn").asInt()).isEqualTo(1);
        assertThat(list.get(2).path("basedOn").asInt()).isEqualTo(2);
        assertThat(list.get(2).path("current").asBoolean()).isTrue();
        assertThat(list.get(0).path("author").asText()).isEqualTo(journalist.get("/api/me").text("username"));

        JsonNode two = journalist.get(path + "/revisions/2").json();
        assertThat(two.path("body").asText()).contains("berbicara keras");

        JsonNode diff = journalist.get(path + "/revisions/1/diff/2").json();
        JsonNode headlineChange = field(diff, "headline");
        assertThat(headlineChange.path("changed").asBoolean()).isTrue();
        assertThat(ops(headlineChange.path("words"))).contains("INSERT:Militer");
        assertThat(field(diff, "language").path("changed").asBoolean()).isFalse();
        List<String> paragraphs = new ArrayList<>();
        diff.path("body").forEach(p -> paragraphs.add(p.path("op").asText()));
        assertThat(paragraphs).containsExactly("CHANGED", "EQUAL", "INSERTED");
        assertThat(ops(diff.path("body").get(0).path("words"))).contains("INSERT:keras");

        JsonNode restored = journalist.post(path + "/revisions/1/restore", null, "If-Match", r3.header("ETag")).json();
        assertThat(restored.path("currentRevision").asInt()).isEqualTo(4);
        assertThat(restored.path("headline").asText()).isEqualTo(headline);
        assertThat(journalist.get(path + "/revisions/4").json().path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(journalist.get(path + "/revisions/1/diff/4").json().path("body").findValuesAsText("op"))
                .containsOnly("EQUAL");
        assertThat(journalist.get(path + "/audit").raw()).contains("RESTORED", "Restored revision 1 as revision 4");
        assertThat(journalist.get(path + "/revisions").json()).hasSize(4);

        assertThat(journalist.post(path + "/revisions/1/restore", null).status()).isEqualTo(428);
        assertThat(journalist.get(path + "/revisions/99").status()).isEqualTo(404);
        assertThat(journalist.get(path + "/revisions/live").status()).isEqualTo(404);
    }

    @Test
    void editingALiveArticleChangesNothingPublicUntilItIsPublishedAgain() {
        String headline = "Live story " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", article(headline, "<p>Original.</p>"));
        String path = "/api/articles/" + created.text("id");
        move(journalist, path, "IN_REVIEW", null);
        ApiClient.Reply live = move(editor, path, "PUBLISHED", null);
        String slug = live.text("slug");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).text("body")).contains("Original.");

        ApiClient.Reply edited = editor.put(path, article(headline, "<p>Updated with reaction.</p>"),
                "If-Match", live.header("ETag"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("status")).isEqualTo("PUBLISHED");
        assertThat(edited.json().path("hasUnpublishedChanges").asBoolean()).isTrue();
        assertThat(edited.json().path("liveRevision").asInt()).isEqualTo(1);
        assertThat(edited.json().path("currentRevision").asInt()).isEqualTo(2);
        ApiClient.Reply publicView = newsroom.anonymous().get("/api/public/articles/" + slug);
        assertThat(publicView.text("body")).contains("Original.").doesNotContain("reaction");

        JsonNode liveDiff = editor.get(path + "/revisions/live/diff/latest").json();
        assertThat(liveDiff.path("body").get(0).path("op").asText()).isEqualTo("CHANGED");

        // the working copy goes through review while the live copy keeps serving
        move(editor, path, "IN_REVIEW", null);
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).text("body")).contains("Original.");
        move(editor, path, "APPROVED", null);
        ApiClient.Reply republished = move(editor, path, "PUBLISHED", null);
        assertThat(republished.json().path("hasUnpublishedChanges").asBoolean()).isFalse();
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).text("body")).contains("reaction");
        assertThat(republished.text("firstPublishedAt")).isEqualTo(live.text("firstPublishedAt"));
    }

    @Test
    void aCorrectionIsItsOwnActionWithANoteThatReadersSee() {
        String headline = "Minister quoted " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", article(headline, "<p>Minister Ahmad said.</p>"));
        String path = "/api/articles/" + created.text("id");
        move(journalist, path, "IN_REVIEW", null);
        ApiClient.Reply live = move(editor, path, "PUBLISHED", null);
        assertThat(live.json().path("allowedTransitions").toString()).doesNotContain("\"PUBLISHED\"");
        ApiClient.Reply fixed = editor.put(path, article(headline, "<p>Minister Ahmed said.</p>"),
                "If-Match", live.header("ETag"));
        String etag = fixed.header("ETag");

        // publishing what is already published is no longer a hidden correction
        assertThat(move(editor, path, "PUBLISHED", "The minister's name is Ahmed.").status()).isEqualTo(409);
        Map<String, Object> note = Map.of("note", "The minister's name is Ahmed, not Ahmad.");
        assertThat(editor.post(path + "/corrections", note).status()).isEqualTo(428);
        assertThat(editor.post(path + "/corrections", note, "If-Match", live.header("ETag")).status()).isEqualTo(412);
        assertThat(editor.post(path + "/corrections", Map.of(), "If-Match", etag).status()).isEqualTo(422);
        assertThat(journalist.post(path + "/corrections", note, "If-Match", etag).status()).isEqualTo(403);

        ApiClient.Reply corrected = editor.post(path + "/corrections", note, "If-Match", etag);
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.text("status")).isEqualTo("PUBLISHED");
        JsonNode publicJson = newsroom.anonymous().get("/api/public/articles/" + live.text("slug")).json();
        assertThat(publicJson.path("body").asText()).contains("Ahmed");
        assertThat(publicJson.path("corrections")).hasSize(1);
        assertThat(publicJson.path("corrections").get(0).path("note").asText()).contains("Ahmed, not Ahmad");
        assertThat(publicJson.path("corrections").get(0).path("correctedAt").asText()).isNotBlank();
        assertThat(editor.get(path + "/audit").raw()).contains("CORRECTED");
    }

    @Test
    void republishingADevelopingStoryAddsNoCorrection() {
        String headline = "Developing " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", article(headline, "<p>First lines.</p>"));
        String path = "/api/articles/" + created.text("id");
        move(journalist, path, "IN_REVIEW", null);
        ApiClient.Reply live = move(editor, path, "PUBLISHED", null);
        assertThat(editor.post(path + "/republish", Map.of(), "If-Match", live.header("ETag")).status())
                .as("nothing changed yet").isEqualTo(409);
        ApiClient.Reply updated = editor.put(path, article(headline, "<p>First lines.</p><p>Update: more.</p>"),
                "If-Match", live.header("ETag"));
        ApiClient.Reply republished = editor.post(path + "/republish", Map.of("comment", "new details"), "If-Match",
                updated.header("ETag"));
        assertThat(republished.status()).as(republished.raw()).isEqualTo(200);
        JsonNode publicJson = newsroom.anonymous().get("/api/public/articles/" + live.text("slug")).json();
        assertThat(publicJson.path("body").asText()).contains("Update: more.");
        assertThat(publicJson.path("corrections")).isEmpty();
        assertThat(editor.get(path + "/audit").raw()).contains("REPUBLISHED");
    }

    @Test
    void eightEditorsPublishingAtOnceMakeOnePublicationAndNoCorrection() throws Exception {
        ApiClient.Reply created = journalist.post("/api/articles", article("Race " + UUID.randomUUID(), "<p>Body.</p>"));
        String path = "/api/articles/" + created.text("id");
        move(journalist, path, "IN_REVIEW", null);
        move(editor, path, "APPROVED", null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                replies.add(pool.submit(() -> move(editor, path, "PUBLISHED", "go " + n).status()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : replies) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
        } finally {
            pool.shutdown();
        }
        String slug = editor.get(path).text("slug");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).json().path("corrections")).isEmpty();
    }

    @Test
    void oneRevisionCostsItsEditorialFieldsAndNothingElse() throws Exception {
        // prose-like text (not one sentence repeated, which would compress unrealistically well)
        String[] words = ("Panglima tertinggi Iran mengatakan kerja sama militer dengan Rusia akan ditingkatkan "
                + "menteri pertahanan Teheran Moskow perjanjian nuklir sanksi latihan bersama kawasan keamanan "
                + "presiden pemerintah pejabat hubungan bilateral senjata").split(" ");
        java.util.Random random = new java.util.Random(42);
        StringBuilder tenKb = new StringBuilder("<p>");
        while (tenKb.length() < 10_000) {
            tenKb.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            if (random.nextInt(80) == 0) {
                tenKb.append("</p><p>");
            }
        }
        tenKb.append("</p>");
        ApiClient.Reply created = journalist.post("/api/articles", article("Cost " + UUID.randomUUID(), tenKb.toString()));
        String path = "/api/articles/" + created.text("id");
        String etag = created.header("ETag");
        for (int i = 0; i < 10; i++) {
            ApiClient.Reply saved = journalist.put(path, article("Cost " + i, tenKb + "<p>Edit " + i + "</p>"),
                    "If-Match", etag);
            etag = saved.header("ETag");
        }
        try (Connection db = Newsroom.database()) {
            try (PreparedStatement q = db.prepareStatement("select count(*), avg(pg_column_size(r.*)), "
                    + "avg(octet_length(r.body)) from article_revision r where article_id = ?")) {
                q.setObject(1, UUID.fromString(created.text("id")));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(11);
                    double stored = rs.getDouble(2);
                    double raw = rs.getDouble(3);
                    System.out.printf("One revision of a %.0f-byte body costs %.0f bytes in PostgreSQL "
                            + "(row incl. TOAST-compressed body)%n", raw, stored);
                    assertThat(stored).as("a revision is at most its fields plus row overhead").isLessThan(raw + 1024);
                }
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = db.getMetaData().getColumns(null, "public", "article_revision", null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            // the editorial fields, the revision's identity, and whether its author's autosaves may still overwrite it
            assertThat(columns).containsExactlyInAnyOrder("id", "article_id", "number", "based_on", "restored_from",
                    "author_id", "created_at", "headline", "standfirst", "body", "dateline_place", "dateline_source",
                    "language", "section", "open");
        }
    }

    private static JsonNode field(JsonNode diff, String name) {
        for (JsonNode f : diff.path("fields")) {
            if (f.path("field").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + diff);
    }

    private static List<String> ops(JsonNode words) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.add(w.path("op").asText() + ":" + w.path("text").asText().strip()));
        return out;
    }

    private static Map<String, Object> article(String headline, String body) {
        Map<String, Object> a = new HashMap<>(Newsroom.article(headline));
        a.put("headline", headline);
        a.put("body", body);
        return a;
    }
}
