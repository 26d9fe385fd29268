package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Autosaves fold into the writer's open revision instead of adding one per pause in typing; an explicit save
 * or a transition closes it. The ETag still changes with every autosave, so two tabs conflict (412).
 */
class AutosaveIT extends AbstractApiIT {

    @Test
    void threeAutosavesAreOneRevisionAnExplicitSaveClosesItTheNextAutosaveStartsAnother() {
        ApiClient.Reply created = journalist.post("/api/articles", body("Draft one"));
        String path = "/api/articles/" + created.text("id");
        String etag = created.header("ETag");

        for (int i = 1; i <= 3; i++) {
            ApiClient.Reply saved = journalist.put(path + "?autosave=true", body("Autosave " + i), "If-Match", etag);
            assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
            assertThat(saved.header("ETag")).as("every autosave is a new version").isNotEqualTo(etag);
            assertThat(saved.json().path("currentRevision").asInt()).isEqualTo(2);
            etag = saved.header("ETag");
        }
        JsonNode revisions = journalist.get(path + "/revisions").json();
        assertThat(revisions).as("created + one open revision").hasSize(2);
        assertThat(revisions.get(1).path("headline").asText()).startsWith("Autosave 3");
        assertThat(journalist.get(path + "/revisions/2").text("body")).contains("Autosave 3");

        ApiClient.Reply explicit = journalist.put(path, body("Saved"), "If-Match", etag);
        assertThat(explicit.status()).isEqualTo(200);
        assertThat(explicit.json().path("currentRevision").asInt()).as("the explicit save takes the open revision")
                .isEqualTo(2);
        etag = explicit.header("ETag");

        ApiClient.Reply after = journalist.put(path + "?autosave=true", body("After the save"), "If-Match", etag);
        assertThat(after.json().path("currentRevision").asInt()).as("closed: a new revision").isEqualTo(3);
        ApiClient.Reply again = journalist.put(path + "?autosave=true", body("After the save, more"), "If-Match",
                after.header("ETag"));
        assertThat(again.json().path("currentRevision").asInt()).isEqualTo(3);
        assertThat(journalist.get(path + "/revisions").json()).hasSize(3);
        assertThat(journalist.get(path + "/revisions/2").text("headline")).startsWith("Saved");
    }

    @Test
    void aStaleIfMatchIs412AndNothingIsOverwritten() {
        ApiClient.Reply created = journalist.post("/api/articles", body("Two tabs"));
        String path = "/api/articles/" + created.text("id");
        String seen = created.header("ETag");
        ApiClient.Reply firstTab = journalist.put(path + "?autosave=true", body("First tab"), "If-Match", seen);
        assertThat(firstTab.status()).isEqualTo(200);

        ApiClient.Reply secondTab = journalist.put(path + "?autosave=true", body("Second tab"), "If-Match", seen);
        assertThat(secondTab.status()).as(secondTab.raw()).isEqualTo(412);
        assertThat(journalist.get(path).text("headline")).startsWith("First tab");
        assertThat(journalist.get(path + "/revisions/latest").text("headline")).startsWith("First tab");

        assertThat(journalist.put(path + "?autosave=true", body("No If-Match")).status()).isEqualTo(428);
        ApiClient.Reply notAFlag = journalist.put(path + "?autosave=yes", body("Typo"), "If-Match",
                firstTab.header("ETag"));
        assertThat(notAFlag.status()).isEqualTo(400);
        assertThat(notAFlag.json().path("errors").findValuesAsText("field")).containsExactly("autosave");
    }

    @Test
    void aTransitionOrSomeoneElsesSaveClosesTheOpenRevision() {
        ApiClient.Reply created = journalist.post("/api/articles", body("Before review"));
        String path = "/api/articles/" + created.text("id");
        ApiClient.Reply auto = journalist.put(path + "?autosave=true", body("Autosaved before review"), "If-Match",
                created.header("ETag"));
        assertThat(auto.json().path("currentRevision").asInt()).isEqualTo(2);
        move(journalist, path, "IN_REVIEW", null);
        move(editor, path, "CHANGES_REQUESTED", "Add a second source.");

        ApiClient.Reply current = journalist.get(path);
        ApiClient.Reply afterReview = journalist.put(path + "?autosave=true", body("Reworked"), "If-Match",
                current.header("ETag"));
        assertThat(afterReview.json().path("currentRevision").asInt()).as("what went to review stays as it was")
                .isEqualTo(3);
        assertThat(journalist.get(path + "/revisions/2").text("headline")).startsWith("Autosaved before review");

        ApiClient.Reply byEditor = editor.put(path + "?autosave=true", body("The editor's autosave"), "If-Match",
                afterReview.header("ETag"));
        assertThat(byEditor.status()).as(byEditor.raw()).isEqualTo(200);
        assertThat(byEditor.json().path("currentRevision").asInt()).as("not folded into the journalist's")
                .isEqualTo(4);
        ApiClient.Reply journalistAgain = journalist.put(path + "?autosave=true", body("Journalist again"), "If-Match",
                byEditor.header("ETag"));
        assertThat(journalistAgain.json().path("currentRevision").asInt())
                .as("the journalist's revision 3 was closed by the editor's").isEqualTo(5);
    }

    @Test
    void theDatabaseRefusesToRewriteAClosedRevision() throws SQLException {
        ApiClient.Reply created = journalist.post("/api/articles", body("Closed"));
        UUID id = UUID.fromString(created.text("id"));
        try (Connection db = Newsroom.database();
             PreparedStatement update = db.prepareStatement(
                     "update article_revision set headline = 'rewritten' where article_id = ? and number = 1")) {
            update.setObject(1, id);
            assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("closed");
        }
    }

    private static Map<String, Object> body(String headline) {
        Map<String, Object> body = new HashMap<>(Newsroom.article(headline + " " + UUID.randomUUID()));
        body.put("body", "<p>" + headline + "</p>");
        return body;
    }
}
