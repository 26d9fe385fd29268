package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One photo edit is one transaction: {@code PUT …/photos/{id}} with new text and a new position writes the
 * text first and the order second. A PostgreSQL trigger, created here over JDBC, makes the second write
 * fail only once the first is in (it looks for the edited caption in the same transaction), so the
 * request really fails halfway; the article's photo rows must then be exactly as before.
 */
class PhotoCaptionsAtomicityIT extends AbstractApiIT {

    private static final String EDITED = "Edited caption (atomicity IT)";

    @BeforeEach
    void enablePlugin() {
        ApiClient.Reply enabled = newsroom.admin.post("/api/admin/plugins/photo-captions/enable", null);
        assertThat(enabled.status()).as(enabled.raw()).isEqualTo(200);
    }

    @Test
    void anEditWhoseOrderWriteFailsLeavesTheTextAsItWas() throws SQLException {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Foto " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        UUID articleId = UUID.fromString(created.text("id"));
        String photos = "/api/articles/" + articleId + "/photo-captions/photos";
        ApiClient.Reply first = journalist.post(photos + "/slots", Map.of("caption", "First", "credit", "AP"));
        ApiClient.Reply second = journalist.post(photos + "/slots", Map.of("caption", "Second", "credit", "Reuters"));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(second.status()).as(second.raw()).isEqualTo(201);
        String edit = photos + "/" + second.text("id");
        Map<String, Object> textAndOrder = Map.of("caption", EDITED, "altText", "A crowd in a square", "position", 1);

        List<String> before = rows(articleId);
        String name = "plg_photo_captions_it_refuse_" + Long.toString(System.nanoTime(), 36);
        try (Connection db = Newsroom.database(); Statement sql = db.createStatement()) {
            sql.execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                    + "if exists (select 1 from plg_photo_captions_photo where article_id = new.article_id "
                    + "and caption = '" + EDITED + "') then "
                    + "raise exception 'injected failure: the photo order of article % cannot change', new.article_id; "
                    + "end if; return new; end $$");
            sql.execute("create trigger " + name + " before update of position on plg_photo_captions_photo "
                    + "for each row when (new.article_id = '" + articleId + "' "
                    + "and old.position is distinct from new.position) execute function " + name + "()");
            try {
                ApiClient.Reply failed = journalist.put(edit, textAndOrder);

                assertThat(failed.status()).as(failed.raw()).isGreaterThanOrEqualTo(400);
                assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
                assertThat(failed.json().path("status").asInt()).isEqualTo(failed.status());
                assertThat(failed.raw()).doesNotContain("PSQLException", "\tat ");
                assertThat(rows(articleId)).as("the photo rows after the failed edit").isEqualTo(before);
            } finally {
                sql.execute("drop trigger if exists " + name + " on plg_photo_captions_photo");
                sql.execute("drop function if exists " + name + "()");
            }
        }

        // the same edit without the trigger changes both, so the failure above really came halfway
        ApiClient.Reply done = journalist.put(edit, textAndOrder);
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.text("caption")).isEqualTo(EDITED);
        assertThat(done.json().path("lead").asBoolean()).isTrue();
        JsonNode listed = journalist.get(photos).json();
        assertThat(listed.get(0).path("id").asText()).isEqualTo(second.text("id"));
        assertThat(listed.get(1).path("caption").asText()).isEqualTo("First");
        assertThat(rows(articleId)).isNotEqualTo(before);
    }

    /** Every column of the article's photo rows (updated_at included), as JSON, by id. */
    private static List<String> rows(UUID articleId) throws SQLException {
        try (Connection db = Newsroom.database(); PreparedStatement query = db.prepareStatement(
                "select row_to_json(p)::text from plg_photo_captions_photo p where article_id = ? order by id")) {
            query.setObject(1, articleId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertThat(rows).hasSize(2);
            return rows;
        }
    }
}
