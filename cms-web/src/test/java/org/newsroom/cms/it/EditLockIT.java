package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Edit locks over HTTP: holder saves, others get 423, editors take over (audited), the loser gets 409. */
class EditLockIT extends AbstractApiIT {

    @Test
    void lockHolderSavesOthersAreToldWhoHoldsIt() {
        ApiClient chief = newsroom.user("chief", "EDITOR");
        String writer = journalist.get("/api/me").text("username");
        String desk = editor.get("/api/me").text("username");

        String id = journalist.post("/api/articles", Newsroom.article("Locked " + UUID.randomUUID())).text("id");
        String path = "/api/articles/" + id;
        ApiClient.Reply lock = journalist.post(path + "/lock", null);
        assertThat(lock.status()).as(lock.raw()).isEqualTo(200);
        assertThat(lock.text("holder")).isEqualTo(writer);
        assertThat(editor.get(path + "/lock").text("holder")).isEqualTo(writer);
        assertThat(editor.get(path).json().path("lock").path("holder").asText()).isEqualTo(writer);

        // the lock never changes the article's version, so nobody's If-Match goes stale because of it
        ApiClient.Reply current = journalist.get(path);
        assertThat(current.header("ETag")).isEqualTo("\"0\"");
        assertThat(journalist.post(path + "/lock/heartbeat", null).status()).isEqualTo(200);
        assertThat(journalist.get(path).header("ETag")).isEqualTo(current.header("ETag"));

        ApiClient.Reply blocked = editor.put(path, Newsroom.article("Desk edit"), "If-Match", current.header("ETag"));
        assertThat(blocked.status()).isEqualTo(423);
        assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(blocked.text("holder")).isEqualTo(writer);
        assertThat(blocked.text("detail")).contains(writer);
        assertThat(editor.post(path + "/lock", null).status()).isEqualTo(423);

        ApiClient.Reply saved = journalist.put(path, Newsroom.article("Writer edit"), "If-Match", current.header("ETag"));
        assertThat(saved.status()).isEqualTo(200);

        ApiClient.Reply takeover = editor.post(path + "/lock?takeover=true", null);
        assertThat(takeover.status()).as(takeover.raw()).isEqualTo(200);
        assertThat(takeover.text("holder")).isEqualTo(desk);
        assertThat(takeover.text("takenOverFrom")).isEqualTo(writer);
        assertThat(editor.get(path + "/audit").raw()).contains("LOCK_TAKEN_OVER", "Took over the edit lock from " + writer);

        ApiClient.Reply lost = journalist.put(path, Newsroom.article("Writer again"), "If-Match", saved.header("ETag"));
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.text("detail")).contains(desk, "took over your edit lock", "not saved");
        assertThat(journalist.post(path + "/lock/heartbeat", null).status()).isEqualTo(409);
        assertThat(journalist.send("DELETE", path + "/lock", null).status()).isEqualTo(409);

        // a journalist cannot take over; the new holder saves and releases; then anyone may save again
        assertThat(journalist.post(path + "/lock?takeover=true", null).status()).isEqualTo(403);
        ApiClient.Reply deskSave = editor.put(path, Newsroom.article("Desk edit"), "If-Match", saved.header("ETag"));
        assertThat(deskSave.status()).isEqualTo(200);
        assertThat(editor.send("DELETE", path + "/lock", null).status()).isEqualTo(204);
        assertThat(editor.get(path + "/lock").status()).isEqualTo(204);
        assertThat(chief.put(path, Newsroom.article("Chief edit"), "If-Match", deskSave.header("ETag")).status())
                .isEqualTo(200);
    }

    @Test
    void journalistsCannotLockWhatTheyCannotEdit() {
        ApiClient other = newsroom.user("other", "JOURNALIST");
        String id = journalist.post("/api/articles", Newsroom.article("Mine " + UUID.randomUUID())).text("id");
        assertThat(other.post("/api/articles/" + id + "/lock", null).status()).isEqualTo(403);
        assertThat(other.post("/api/articles/" + UUID.randomUUID() + "/lock", null).status()).isEqualTo(404);
        assertThat(journalist.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")).status())
                .isEqualTo(200);
        assertThat(journalist.post("/api/articles/" + id + "/lock", null).status()).isEqualTo(403);
    }
}
