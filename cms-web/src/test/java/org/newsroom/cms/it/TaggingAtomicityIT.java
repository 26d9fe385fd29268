package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One plugin request is one transaction: a tag merge (several DELETEs, UPDATEs and INSERTs) made to fail
 * part-way by a real PostgreSQL trigger leaves every row of both tags exactly as it was, and the caller
 * gets a problem+json error instead of a half-merged tag.
 */
class TaggingAtomicityIT extends AbstractApiIT {

    private final String run = "x" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void pluginEnabled() {
        newsroom.admin.post("/api/admin/plugins/tagging/enable", null);
    }

    @Test
    void aMergeThatFailsAfterItsFirstStatementsChangesNothing() throws Exception {
        String from = "Russia" + run;
        String into = "Rusia" + run;
        String one = draft();
        String two = draft();
        String three = draft();
        long fromId = editor.put(one + "/tagging/tags", Map.of("tags", List.of(from))).json().get(0).path("id").asLong();
        JsonNode both = editor.put(two + "/tagging/tags", Map.of("tags", List.of(from, into))).json();
        long intoId = both.get(1).path("id").asLong();
        editor.put(three + "/tagging/tags", Map.of("tags", List.of(into)));
        assertThat(editor.post("/api/plugins/tagging/tags/" + fromId + "/synonyms",
                Map.of("name", "Rossiya" + run, "language", "ru")).status()).isEqualTo(200);

        Map<String, List<Map<String, Object>>> before = rowsOf(fromId, intoId, from, into);
        assertThat(before.get("plg_tagging_tag")).hasSize(2);
        assertThat(before.get("plg_tagging_article_tag")).as("one, two (both), three").hasSize(4);
        assertThat(before.get("plg_tagging_synonym")).hasSize(1);

        // the merge's deletes and updates run; its insert of the old name as a synonym (a late statement) fails
        String trigger = "plg_tagging_test_fail_" + run;
        try (Connection db = Newsroom.database(); Statement s = db.createStatement()) {
            s.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
                    + "raise exception 'injected failure: no synonym %', new.name; end $$");
            s.execute("create trigger " + trigger + " before insert on plg_tagging_synonym for each row "
                    + "when (new.name = '" + from + "') execute function " + trigger + "()");
        }
        ApiClient.Reply failed;
        try {
            failed = editor.post("/api/plugins/tagging/tags/" + fromId + "/merge", Map.of("into", intoId));
        } finally {
            try (Connection db = Newsroom.database(); Statement s = db.createStatement()) {
                s.execute("drop trigger if exists " + trigger + " on plg_tagging_synonym");
                s.execute("drop function if exists " + trigger + "()");
            }
        }

        assertThat(failed.status()).as(failed.raw()).isGreaterThanOrEqualTo(400);
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(failed.json().path("status").asInt()).isEqualTo(failed.status());
        assertThat(rowsOf(fromId, intoId, from, into)).as("every row of both tags as before").isEqualTo(before);
        assertThat(editor.get("/api/plugins/tagging/tags/" + fromId).status()).isEqualTo(200);
        assertThat(editor.get(two + "/tagging/tags").json().findValuesAsText("name")).containsExactly(from, into);

        // without the trigger the same merge goes through: the failure was the injected one only
        ApiClient.Reply merged = editor.post("/api/plugins/tagging/tags/" + fromId + "/merge", Map.of("into", intoId));
        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.json().path("articlesMoved").asInt()).isEqualTo(1);
        Map<String, List<Map<String, Object>>> after = rowsOf(fromId, intoId, from, into);
        assertThat(after.get("plg_tagging_tag")).hasSize(1);
        assertThat(after.get("plg_tagging_article_tag")).hasSize(3);
        assertThat(after.get("plg_tagging_synonym")).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrder("Rossiya" + run, from);
        assertThat(after.get("plg_tagging_audit")).anyMatch(r -> "MERGED".equals(r.get("action")));
    }

    private String draft() {
        ApiClient.Reply created = editor.post("/api/articles", Newsroom.article("Atomic " + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return "/api/articles/" + created.text("id");
    }

    /** Every stored row that concerns the two tags, per table, in a stable order. */
    private static Map<String, List<Map<String, Object>>> rowsOf(long a, long b, String nameA, String nameB)
            throws Exception {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        try (Connection db = Newsroom.database()) {
            rows.put("plg_tagging_tag", rows(db, "select * from plg_tagging_tag where id in (?, ?) order by id", a, b));
            rows.put("plg_tagging_synonym", rows(db, "select * from plg_tagging_synonym where tag_id in (?, ?) "
                    + "or norm_key in (lower(?), lower(?)) order by id", a, b, nameA, nameB));
            rows.put("plg_tagging_article_tag", rows(db, "select * from plg_tagging_article_tag where tag_id in (?, ?) "
                    + "order by article_id, tag_id", a, b));
            rows.put("plg_tagging_audit", rows(db, "select * from plg_tagging_audit where detail like ? "
                    + "or detail like ? order by id", "%\"" + nameA + "\"%", "%\"" + nameB + "\"%"));
        }
        return rows;
    }

    private static List<Map<String, Object>> rows(Connection db, String sql, Object... params) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnName(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
