package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/articles} with {@code "plugins"}: a tagged, bylined draft in one call, each part stored by its
 * plugin in the create's transaction; a part a plugin refuses, an unknown or a disabled plugin leaves no article
 * (rows counted over JDBC) and no tag or byline behind.
 */
class CreateWithPluginsIT extends AbstractApiIT {

    @Test
    void oneCallMakesATaggedBylinedDraft() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reporter = contributor("Siti Rahma " + run);
        String headline = "Kerja sama militer " + run;
        ApiClient.Reply created = journalist.post("/api/articles", withPlugins(headline, Map.of(
                "tagging", Map.of("tags", List.of("Laut Natuna " + run, "Iran " + run)),
                "bylines", Map.of("bylines", List.of(Map.of("contributor", reporter, "role", "reporter"))))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        JsonNode plugins = created.json().path("plugins");
        assertThat(plugins.path("tagging").path("tags").findValuesAsText("name"))
                .containsExactly("Laut Natuna " + run, "Iran " + run);
        assertThat(plugins.path("bylines").path("bylines").findValuesAsText("slug")).containsExactly(reporter);
        assertThat(plugins.path("bylines").path("bylines").findValuesAsText("role")).containsExactly("reporter");

        JsonNode read = journalist.get("/api/articles/" + created.text("id")).json().path("plugins");
        assertThat(read.path("tagging").path("tags").findValuesAsText("name"))
                .containsExactly("Laut Natuna " + run, "Iran " + run);
        assertThat(read.path("bylines").path("bylines").findValuesAsText("slug")).containsExactly(reporter);
        assertThat(journalist.get("/api/articles/" + created.text("id") + "/tagging/tags").json()
                .findValuesAsText("name")).containsExactly("Laut Natuna " + run, "Iran " + run);
        // the search document is built after the plugins' fields: the draft is found by its tag and byline
        for (String q : List.of("Natuna " + run, "Rahma " + run)) {
            assertThat(journalist.get("/api/articles?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                    .json().path("items").findValuesAsText("id")).as(q).contains(created.text("id"));
        }
    }

    @Test
    void anInvalidTagNameFailsTheWholeCreateNamingTheItem() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Tag tidak sah " + run;
        String reporter = contributor("Budi " + run);
        ApiClient.Reply refused = journalist.post("/api/articles", withPlugins(headline, Map.of(
                "bylines", Map.of("bylines", List.of(Map.of("contributor", reporter, "role", "author"))),
                "tagging", Map.of("tags", List.of("Baik " + run, "<script>" + run)))));
        assertThat(refused.status()).as(refused.raw()).isBetween(400, 422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("plugins.tagging.tags[1]");
        assertNothingStored(headline, "Baik " + run);
    }

    @Test
    void anUnknownContributorNamesTheFieldFromTheRoot() throws SQLException {
        String headline = "Kontributor tak dikenal " + UUID.randomUUID();
        ApiClient.Reply refused = journalist.post("/api/articles", withPlugins(headline, Map.of(
                "bylines", Map.of("bylines", List.of(Map.of("contributor", "nobody-" + UUID.randomUUID()))))));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactly("plugins.bylines.bylines[0].contributor");
        assertThat(articles(headline)).isZero();
    }

    @Test
    void aPartOfTheWrongShapeIsA400NamingItsPath() throws SQLException {
        String headline = "Bentuk salah " + UUID.randomUUID();
        ApiClient.Reply unknownField = journalist.post("/api/articles", withPlugins(headline,
                Map.of("tagging", Map.of("tgas", List.of("Iran")))));
        assertThat(unknownField.status()).as(unknownField.raw()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").findValuesAsText("field")).containsExactly("plugins.tagging.tgas");
        ApiClient.Reply wrongType = journalist.post("/api/articles", withPlugins(headline,
                Map.of("bylines", Map.of("bylines", "hermansyah"))));
        assertThat(wrongType.status()).as(wrongType.raw()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").findValuesAsText("field")).containsExactly("plugins.bylines.bylines");
        assertThat(articles(headline)).isZero();
    }

    @Test
    void anUnknownPluginOrOneWithoutCreateFieldsIsA400() throws SQLException {
        String headline = "Plugin tak dikenal " + UUID.randomUUID();
        ApiClient.Reply unknown = journalist.post("/api/articles", withPlugins(headline,
                Map.of("no-such-plugin", Map.of("x", 1))));
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("plugins.no-such-plugin");
        assertThat(unknown.text("detail")).contains("tagging", "bylines");
        ApiClient.Reply photos = journalist.post("/api/articles", withPlugins(headline,
                Map.of("photo-captions", Map.of("photos", List.of()))));
        assertThat(photos.status()).as(photos.raw()).isEqualTo(400);
        assertThat(photos.text("detail")).contains("takes nothing when an article is created");
        assertThat(articles(headline)).isZero();
    }

    @Test
    void aDisabledPluginsFieldsAreA409AndNothingIsCreated() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Plugin mati " + run;
        assertThat(newsroom.admin.post("/api/admin/plugins/tagging/disable", null).status()).isEqualTo(200);
        try {
            ApiClient.Reply refused = journalist.post("/api/articles", withPlugins(headline,
                    Map.of("tagging", Map.of("tags", List.of("Mati " + run)))));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.text("detail")).contains("tagging", "disabled");
        } finally {
            assertThat(newsroom.admin.post("/api/admin/plugins/tagging/enable", null).status()).isEqualTo(200);
        }
        assertNothingStored(headline, "Mati " + run);
    }

    @Test
    void aSaveWithPluginsIsA400AndTheImportsAreUnchanged() {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Simpan " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ApiClient.Reply saved = journalist.put("/api/articles/" + created.text("id"),
                withPlugins("Simpan lagi", Map.of("tagging", Map.of("tags", List.of("Iran")))),
                "If-Match", created.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(400);
        assertThat(saved.json().path("errors").findValuesAsText("field")).containsExactly("plugins");
    }

    private static Map<String, Object> withPlugins(String headline, Map<String, Object> plugins) {
        Map<String, Object> body = new HashMap<>(Newsroom.article(headline));
        body.put("plugins", plugins);
        return body;
    }

    private String contributor(String displayName) {
        ApiClient.Reply created = editor.post("/api/plugins/bylines/contributors", Map.of("displayName", displayName));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("slug");
    }

    private void assertNothingStored(String headline, String tagName) throws SQLException {
        assertThat(articles(headline)).as("articles").isZero();
        assertThat(count("select count(*) from plg_tagging_tag where name = ?", tagName)).as("tags").isZero();
    }

    private static long articles(String headline) throws SQLException {
        return count("select count(*) from article where headline = ?", headline);
    }

    private static long count(String sql, String value) throws SQLException {
        try (Connection db = Newsroom.database(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
