package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsroom UI's extension point over HTTP, with the bylines panel as the plugin: panels appear in the editor
 * and on the review screen; their fragment routes need the session's CSRF token, follow the article's edit rule,
 * answer the re-rendered panel, and store what they show; a refusal lands in the panel's alert area; a disabled
 * plugin's panel is gone on the next page load and its routes answer 404, and enabling brings both back with the
 * data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginPanelsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    Newsroom.Account journalist;
    String articleId;

    @BeforeEach
    void article() {
        newsroom = new Newsroom(base);
        journalist = newsroom.account("panels", "Panel Writer", "JOURNALIST");
        ApiClient.Reply created = journalist.api().post("/api/articles", Newsroom.article("Panels story"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        articleId = created.json().path("id").asText();
    }

    private String route(String path) {
        return "/newsroom/plugins/bylines/articles/" + articleId + "/" + path;
    }

    private JsonNode bylines() {
        return journalist.api().get("/api/articles/" + articleId + "/bylines").json();
    }

    @Test
    void theBylinesPanelEditsWhatItShows() throws Exception {
        PageSession session = new PageSession(base).signIn(journalist.username(), journalist.password());
        String editor = session.get("/newsroom/articles/" + articleId).body();
        assertThat(editor).contains("id=\"panel-bylines\"").contains("id=\"panel-bylines-alert\"")
                .contains("hx-post=\"" + route("guest") + "\"");

        HttpResponse<String> forged = session.send("POST", route("guest"), "application/x-www-form-urlencoded",
                "name=Forged+Guest&role=reporter", "HX-Request", "true");
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(bylines().path("bylines").toString()).doesNotContain("Forged Guest");

        HttpResponse<String> guest = session.htmx(route("guest"), Map.of("name", "Rina Tamu", "affiliation",
                "Kontributor Bandung", "role", "reporter"));
        assertThat(guest.statusCode()).as(guest.body()).isEqualTo(200);
        assertThat(guest.body().strip()).startsWith("<div id=\"bylines-body\"").contains("Rina Tamu");
        JsonNode stored = bylines();
        assertThat(stored.path("bylines")).hasSize(2);
        assertThat(stored.path("bylines").get(1).path("name").asText()).isEqualTo("Rina Tamu");
        assertThat(guest.body()).contains(stored.path("text").asText()).contains(" dan Rina Tamu");

        String guestKey = stored.path("bylines").get(1).path("contributor").asText() + "|reporter";
        HttpResponse<String> up = session.htmx(route("move"), Map.of("key", guestKey, "by", "-1"));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(bylines().path("bylines").get(0).path("name").asText()).isEqualTo("Rina Tamu");

        HttpResponse<String> photographer = session.htmx(route("role"), Map.of("key", guestKey, "role", "photographer"));
        assertThat(photographer.body()).contains("Foto: Rina Tamu");
        assertThat(bylines().path("text").asText()).endsWith("Foto: Rina Tamu");

        // drag and drop posts the whole order: the writer back in front of the photographer
        JsonNode two = bylines().path("bylines");
        String photographerKey = two.get(0).path("contributor").asText() + "|" + two.get(0).path("role").asText();
        String writerKey = two.get(1).path("contributor").asText() + "|" + two.get(1).path("role").asText();
        HttpResponse<String> reordered = session.send("POST", route("order"), "application/x-www-form-urlencoded",
                "order=" + URLEncoder.encode(writerKey, StandardCharsets.UTF_8) + "&order="
                        + URLEncoder.encode(photographerKey, StandardCharsets.UTF_8),
                "X-CSRF-Token", session.csrf, "HX-Request", "true");
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        assertThat(bylines().path("bylines").get(1).path("name").asText()).isEqualTo("Rina Tamu");

        HttpResponse<String> search = session.get(route("search?q=rina"));
        assertThat(search.body()).contains("Rina Tamu").contains("hx-post=\"" + route("add") + "\"");

        HttpResponse<String> nameless = session.htmx(route("guest"), Map.of("name", " ", "role", "reporter"));
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("alert-error");
        assertThat(bylines().path("bylines")).hasSize(2);
    }

    @Test
    void aRefusalLandsInThePanelsAlertAndChangesNothing() throws Exception {
        assertThat(journalist.api().post("/api/articles/" + articleId + "/transitions", Map.of("to", "IN_REVIEW"))
                .status()).isEqualTo(200);
        PageSession session = new PageSession(base).signIn(journalist.username(), journalist.password());
        session.get("/newsroom/articles/" + articleId + "/review");
        HttpResponse<String> refused = session.htmx(route("guest"), Map.of("name", "Too Late", "role", "reporter"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("HX-Retarget")).hasValue("#panel-bylines-alert");
        assertThat(refused.body().strip()).startsWith("<p>").doesNotContain("Exception");
        assertThat(bylines().path("bylines").toString()).doesNotContain("Too Late");

        assertThat(session.get("/newsroom/plugins/bylines/articles/00000000-0000-0000-0000-000000000000/search?q=a")
                .statusCode()).isEqualTo(404);
        assertThat(session.get("/newsroom/plugins/no-such-plugin/articles/" + articleId + "/search").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDisabledPluginsPanelIsGoneAndComesBackWithItsData() throws Exception {
        PageSession session = new PageSession(base).signIn(journalist.username(), journalist.password());
        session.get("/newsroom/articles/" + articleId);
        assertThat(session.htmx(route("guest"), Map.of("name", "Kept Guest", "role", "reporter")).statusCode())
                .isEqualTo(200);
        try {
            assertThat(newsroom.admin.post("/api/admin/plugins/bylines/disable", null).status()).isEqualTo(200);
            assertThat(session.get("/newsroom/articles/" + articleId).body()).doesNotContain("panel-bylines");
            assertThat(session.htmx(route("guest"), Map.of("name", "While Off", "role", "reporter")).statusCode())
                    .isEqualTo(404);
        } finally {
            assertThat(newsroom.admin.post("/api/admin/plugins/bylines/enable", null).status()).isEqualTo(200);
        }
        assertThat(session.get("/newsroom/articles/" + articleId).body()).contains("id=\"panel-bylines\"")
                .contains("Kept Guest").doesNotContain("While Off");
    }

    @Test
    void theTagsPanelFindsSynonymsAndLabelsInTheUisLanguageAndTakesOrDismissesSuggestions() throws Exception {
        String tags = "/newsroom/plugins/tagging/articles/" + articleId + "/";
        ApiClient.Reply edited = journalist.api().put("/api/articles/" + articleId, Map.of("headline", "Iran dan Rusia",
                "body", "<p>Iran dan Rusia bertemu di Moskow. Iran menolak sanksi. Rusia mendukung Iran.</p>",
                "language", "id", "section", Newsroom.SECTION), "If-Match", "\"" + journalist.api()
                .get("/api/articles/" + articleId).json().path("version").asLong() + "\"");
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        PageSession session = new PageSession(base).signIn(journalist.username(), journalist.password());

        // English UI: the Indonesian word finds the topic, shown by its English name with what matched
        String english = session.get(tags + "search?q=politik").body();
        assertThat(english).contains(">politics</span>").contains("matched \"politik\"");
        Matcher id = Pattern.compile("\"tag\": \"(\\d+)\"").matcher(english);
        assertThat(id.find()).isTrue();

        // Indonesian UI: the topic by its Indonesian label, the English name as what matched
        session.cookies.put("cms_lang", "id");
        String indonesian = session.get(tags + "search?q=politics").body();
        assertThat(indonesian).contains(">politik</span>").contains("cocok dengan \"politics\"");
        HttpResponse<String> added = session.htmx(tags + "add", Map.of("tag", id.group(1)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("<span>politik</span>");
        assertThat(journalist.api().get("/api/articles/" + articleId + "/tagging/tags").raw()).contains("medtop:11000000");

        // suggestions with their reasons; one dismissed for good, one taken
        assertThat(added.body()).contains("id=\"tags-suggestions\"").contains("Iran").contains("Rusia")
                .contains("disebut");
        HttpResponse<String> dismissed = session.htmx(tags + "dismiss", Map.of("name", "Iran"));
        assertThat(dismissed.statusCode()).isEqualTo(200);
        assertThat(suggestionsOf(dismissed.body())).doesNotContain("Iran").contains("Rusia");
        HttpResponse<String> taken = session.htmx(tags + "add", Map.of("name", "Rusia"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(suggestionsOf(taken.body())).doesNotContain("Rusia").doesNotContain("Iran");
        assertThat(journalist.api().get("/api/articles/" + articleId + "/tagging/tags").raw()).contains("Rusia")
                .doesNotContain("\"Iran\"");
        assertThat(suggestionsOf(session.get("/newsroom/articles/" + articleId).body())).doesNotContain("Iran");
    }

    private static String suggestionsOf(String html) {
        int start = html.indexOf("id=\"tags-suggestions\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start));
    }
}
