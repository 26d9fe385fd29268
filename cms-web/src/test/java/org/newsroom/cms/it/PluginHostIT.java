package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.plugins.example.WordCountPlugin;
import org.newsroom.cms.plugins.probe.ProbePlugin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plugin host with two test plugins installed the way real ones are (classes, a ServiceLoader entry,
 * Flyway scripts under db/migration/plugins/&lt;id&gt;): every extension point, enable/disable/configure,
 * rollback on a failing listener, and the admin API's role checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginHostIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms()
                .addPackages(false, ProbePlugin.class.getPackage(), WordCountPlugin.class.getPackage())
                .addAsResource("db/migration/plugins/probe/V1__probe_events.sql")
                .addAsResource(new StringAsset(ProbePlugin.class.getName() + "\n" + WordCountPlugin.class.getName()
                        + "\n"), "META-INF/services/org.newsroom.cms.plugin.api.CmsPlugin");
    }

    @ArquillianResource
    URL base;

    private Newsroom newsroom;
    private ApiClient journalist;
    private ApiClient editor;

    @BeforeEach
    void setUp() {
        newsroom = new Newsroom(base);
        journalist = newsroom.user("journalist", "JOURNALIST");
        editor = newsroom.user("editor", "EDITOR");
        configure(Map.of());
        assertThat(newsroom.admin.post("/api/admin/plugins/probe/enable", null).status()).isEqualTo(200);
    }

    @Test
    void adminSeesInstalledPluginsWithTheirSettingsAndOthersAreRefused() {
        JsonNode list = newsroom.admin.get("/api/admin/plugins").json();
        JsonNode probe = byId(list, "probe");
        assertThat(probe.path("name").asText()).isEqualTo("Probe (test)");
        assertThat(probe.path("version").asText()).isEqualTo("1.0");
        assertThat(probe.path("enabled").asBoolean()).isTrue();
        assertThat(probe.path("configMetadata").findValuesAsText("key"))
                .containsExactly("failOn", "vetoPublish", "maxEvents", "label", "topics", "apiKey");
        assertThat(probe.path("config").path("maxEvents").asInt()).isEqualTo(100);
        assertThat(byId(list, "word-count").path("description").asText()).contains("reading time");

        for (ApiClient notAdmin : List.of(journalist, editor)) {
            assertThat(notAdmin.get("/api/admin/plugins").status()).isEqualTo(403);
            assertThat(notAdmin.post("/api/admin/plugins/probe/disable", null).status()).isEqualTo(403);
            assertThat(notAdmin.put("/api/admin/plugins/probe/config", Map.of("label", "x")).status()).isEqualTo(403);
        }
        assertThat(newsroom.admin.get("/api/admin/plugins/nope").status()).isEqualTo(404);
    }

    @Test
    void listenersSeeCreateSaveAndTransitionsInOrderWithTheirPayloads() throws Exception {
        String headline = "Probe " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(headline));
        String path = "/api/articles/" + created.text("id");
        ApiClient.Reply saved = journalist.put(path, Newsroom.article(headline + " v2"), "If-Match",
                created.header("ETag"));
        journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW"));
        String user = journalist.get("/api/me").text("username");

        List<String> events = new ArrayList<>();
        journalist.get(path + "/probe/events").json().forEach(e -> events.add(e.path("kind").asText() + ": "
                + e.path("detail").asText()));
        assertThat(events).containsExactly(
                "created: " + headline + " r1",
                "saved: " + headline + " v2 r2",
                "transition: DRAFT>IN_REVIEW by " + user);
        assertThat(saved.json().path("plugins").path("probe").path("events").asInt()).isEqualTo(2);
        assertThat(journalist.get("/api/plugins/probe/events").json().size()).isGreaterThanOrEqualTo(3);
        assertThat(countProbeEvents(created.text("id"))).isEqualTo(3);

        // plugin endpoints apply the CMS's edit rules through the API
        assertThat(journalist.post(path + "/probe/notes", null).status()).isEqualTo(403);
        assertThat(editor.post(path + "/probe/notes", null).status()).isEqualTo(200);
        assertThat(journalist.get("/api/articles/" + UUID.randomUUID() + "/probe/events").status()).isEqualTo(404);
    }

    @Test
    void wireCopyParsersRunInOrderAndStoreWhatTheyFoundOnceTheArticleExists() {
        String text = "Probe wire " + UUID.randomUUID() + "\nFoto : Kepala Staf (Reuters)\n\nJakarta, HanTer - Satu.\n\nDua.";
        ApiClient.Reply report = journalist.raw("POST", "/api/import/wire", "text/plain",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        String id = report.json().path("results").get(0).path("articleId").asText();
        List<String> kinds = new ArrayList<>();
        journalist.get("/api/articles/" + id + "/probe/events").json().forEach(e -> kinds.add(e.path("kind").asText()
                + ": " + e.path("detail").asText()));
        // the probe (order 10) saw the caption paragraph that photo-captions (order 100) later took out
        assertThat(kinds).containsExactly("created: " + text.substring(0, text.indexOf('\n')) + " r1",
                "wire: 3 paragraphs, headline " + text.substring(0, text.indexOf('\n')));
    }

    @Test
    void aValidatorVetoListsEveryReasonAndChangesNothing() {
        String path = submitted();
        configure(Map.of("vetoPublish", true));
        ApiClient.Reply vetoed = editor.post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(vetoed.status()).isEqualTo(422);
        assertThat(vetoed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vetoed.json().path("reasons").findValuesAsText("reason")).containsExactly(
                "Probe says no: the headline needs a second look", "Probe says no: photo 2 has no credit line");
        assertThat(vetoed.json().path("reasons").findValuesAsText("plugin")).containsOnly("probe");
        assertThat(vetoed.text("detail")).contains("photo 2 has no credit line");
        assertThat(editor.get(path).text("status")).isEqualTo("IN_REVIEW");

        configure(Map.of("vetoPublish", false));
        assertThat(editor.post(path + "/transitions", Map.of("to", "PUBLISHED")).status()).isEqualTo(200);
    }

    @Test
    void disablingSilencesHooksAndEndpointsKeepsDataAndEnablingBringsItBack() throws Exception {
        String path = submitted();
        String id = path.substring(path.lastIndexOf('/') + 1);
        long before = countProbeEvents(id);
        assertThat(before).isEqualTo(2);

        assertThat(newsroom.admin.post("/api/admin/plugins/probe/disable", null).json().path("enabled").asBoolean())
                .isFalse();
        ApiClient.Reply current = editor.get(path);
        assertThat(current.json().path("plugins").has("probe")).isFalse();
        assertThat(current.json().path("plugins").has("word-count")).isTrue();
        editor.put(path, Newsroom.article("While disabled"), "If-Match", current.header("ETag"));
        ApiClient.Reply rest = editor.get(path + "/probe/events");
        assertThat(rest.status()).isEqualTo(409);
        assertThat(rest.text("detail")).contains("disabled", "/api/admin/plugins/probe/enable");
        assertThat(editor.get("/api/plugins/probe/events").status()).isEqualTo(409);
        assertThat(countProbeEvents(id)).as("no hook ran, nothing deleted").isEqualTo(before);

        newsroom.admin.post("/api/admin/plugins/probe/enable", null);
        assertThat(editor.get(path + "/probe/events").json()).hasSize((int) before);
        assertThat(editor.get(path).json().path("plugins").path("probe").path("events").asInt()).isEqualTo(2);

        List<String> audit = newsroom.admin.get("/api/admin/plugins/probe/audit").json().findValuesAsText("action");
        assertThat(audit).containsSubsequence("DISABLED", "ENABLED");
    }

    @Test
    void invalidConfigIsRefusedWithEveryProblemAndNothingSaved() {
        configure(Map.of("label", "saved-label"));
        Map<String, Object> bad = new HashMap<>();
        bad.put("maxEvents", 5000);
        bad.put("failOn", "sometimes");
        bad.put("vetoPublish", "yes");
        bad.put("colour", "blue");
        bad.put("topics", List.of("ok", 7));
        ApiClient.Reply refused = newsroom.admin.put("/api/admin/plugins/probe/config", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("maxEvents", "failOn", "vetoPublish", "colour", "topics");
        assertThat(refused.raw()).contains("between 1 and 1000", "none, created, saved, transition");
        assertThat(byId(newsroom.admin.get("/api/admin/plugins").json(), "probe").path("config").path("label").asText())
                .isEqualTo("saved-label");

        JsonNode audit = newsroom.admin.get("/api/admin/plugins/probe/audit").json();
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("CONFIGURED");
        assertThat(last.path("newValue").asText()).contains("saved-label");
        assertThat(last.path("actor").asText()).isEqualTo("admin");
    }

    @Test
    void aThrowingListenerRollsTheWholeSaveBackAndNamesThePlugin() throws Exception {
        String headline = "Rollback " + UUID.randomUUID();
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(headline));
        String id = created.text("id");
        configure(Map.of("failOn", "saved"));

        ApiClient.Reply failed = journalist.put("/api/articles/" + id, Newsroom.article("Never stored"), "If-Match",
                created.header("ETag"));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.text("plugin")).isEqualTo("probe");
        assertThat(failed.text("detail")).contains("\"probe\"", "nothing was saved");
        try (Connection db = Newsroom.database(); PreparedStatement q = db.prepareStatement(
                "select headline, current_revision, (select count(*) from article_revision r where r.article_id = a.id)"
                        + " from article a where id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(headline);
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getInt(3)).isEqualTo(1);
            }
        }
        assertThat(countProbeEvents(id)).as("the plugin's own write rolled back too").isEqualTo(1);

        configure(Map.of("failOn", "created"));
        ApiClient.Reply notCreated = journalist.post("/api/articles", Newsroom.article("Not created " + UUID.randomUUID()));
        assertThat(notCreated.status()).isEqualTo(500);
        configure(Map.of());
    }

    @Test
    void contributionsReachThePublicJsonWithoutNewsroomOnlyData() {
        String path = submitted();
        ApiClient.Reply live = editor.post(path + "/transitions", Map.of("to", "PUBLISHED"));
        JsonNode plugins = newsroom.anonymous().get("/api/public/articles/" + live.text("slug")).json().path("plugins");
        assertThat(plugins.path("probe").path("label").asText()).isEqualTo("probe");
        assertThat(plugins.path("probe").has("events")).isFalse();
        assertThat(plugins.path("word-count").path("words").asInt()).isEqualTo(4);
        assertThat(plugins.path("word-count").path("readingMinutes").asInt()).isEqualTo(1);
    }

    @Test
    void publicPluginEndpointsShowOnlyPublishedArticles() {
        String live = submitted();
        ApiClient.Reply published = editor.post(live + "/transitions", Map.of("to", "PUBLISHED"));
        String draft = submitted();
        String draftSlug = editor.get(draft).text("slug");

        ApiClient anonymous = newsroom.anonymous();
        List<String> all = new ArrayList<>();
        anonymous.get("/api/public/probe-events").json().forEach(n -> all.add(n.asText()));
        assertThat(all).contains(published.text("headline")).doesNotContain(editor.get(draft).text("headline"));
        assertThat(anonymous.get("/api/public/probe-events/" + published.text("slug")).json().size())
                .isGreaterThanOrEqualTo(3);
        assertThat(anonymous.get("/api/public/probe-events/" + draftSlug).json()).isEmpty();

        newsroom.admin.post("/api/admin/plugins/probe/disable", null);
        assertThat(anonymous.get("/api/public/probe-events").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/public/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void pluginTablesComeFromThePluginsOwnMigrationsWithTheirOwnHistory() throws Exception {
        try (Connection db = Newsroom.database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from flyway_history_plg_probe where success and version = '1'")) {
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    private String submitted() {
        String id = journalist.post("/api/articles", Newsroom.article("Plugin " + UUID.randomUUID())).text("id");
        assertThat(journalist.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")).status())
                .isEqualTo(200);
        return "/api/articles/" + id;
    }

    @Test
    void aPanelGetsTheCallerAndLanguageAndOneThatFailsIsLeftOut() throws Exception {
        Newsroom.Account writer = newsroom.account("panelwriter", "Probe Writer", "JOURNALIST");
        String id = writer.api().post("/api/articles", Newsroom.article("Probe panel")).text("id");
        PageSession session = new PageSession(base).signIn(writer.username(), writer.password());
        assertThat(session.get("/newsroom/articles/" + id).body())
                .contains("id=\"panel-probe\"").contains("<p id=\"probe-panel\">Probe Writer · en · EDITOR</p>");
        session.cookies.put("cms_lang", "id");
        assertThat(session.get("/newsroom/articles/" + id + "/review").body())
                .contains("<p id=\"probe-panel\">Probe Writer · id · REVIEW</p>");

        configure(Map.of("failOn", "panel"));
        java.net.http.HttpResponse<String> failing = session.get("/newsroom/articles/" + id);
        assertThat(failing.statusCode()).isEqualTo(200);
        assertThat(failing.body()).doesNotContain("id=\"panel-probe\"").contains("id=\"panel-bylines\"")
                .contains("id=\"headline\"");
    }

    private void configure(Map<String, Object> config) {
        ApiClient.Reply reply = newsroom.admin.put("/api/admin/plugins/probe/config", config);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode p : list) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no plugin " + id + " in " + list);
    }

    private static long countProbeEvents(String articleId) throws Exception {
        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement("select count(*) from plg_probe_event where article_id = ?")) {
            q.setObject(1, UUID.fromString(articleId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
