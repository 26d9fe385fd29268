package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Managed sections: everyone signed in reads them, editors and admins create and rename them; an article's
 * section must be one of their slugs (422 saying how to add one), imports map or drop theirs. And the other
 * field the editor fills in for you: a new article without a language is in the newsroom's language.
 */
class SectionsIT extends AbstractApiIT {

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void editorsAndAdminsCreateAndRenameEveryoneReads() {
        ApiClient.Reply refused = journalist.post("/api/admin/sections", Map.of("name", "Politik " + token));
        assertThat(refused.status()).isEqualTo(403);

        ApiClient.Reply created = editor.post("/api/admin/sections", Map.of("name", "Dunia Internasional " + token));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String slug = created.text("slug");
        assertThat(slug).isEqualTo("dunia-internasional-" + token);
        assertThat(created.header("Location")).endsWith("/api/admin/sections/" + slug);
        assertThat(created.text("name")).isEqualTo("Dunia Internasional " + token);

        ApiClient.Reply byAdmin = newsroom.admin.post("/api/admin/sections",
                Map.of("name", "Ekonomi " + token, "slug", "ekonomi-" + token));
        assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(201);
        assertThat(byAdmin.text("slug")).isEqualTo("ekonomi-" + token);

        JsonNode list = journalist.get("/api/admin/sections").json();
        assertThat(list.findValuesAsText("slug")).contains(slug, "ekonomi-" + token, Newsroom.SECTION);

        ApiClient.Reply renamed = editor.put("/api/admin/sections/" + slug, Map.of("name", "Internasional " + token));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(renamed.text("slug")).as("the slug never changes").isEqualTo(slug);
        assertThat(renamed.text("name")).isEqualTo("Internasional " + token);
        assertThat(journalist.put("/api/admin/sections/" + slug, Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(editor.put("/api/admin/sections/no-such-" + token, Map.of("name", "X " + token)).status())
                .isEqualTo(404);
        ApiClient.Reply slugChange = editor.put("/api/admin/sections/" + slug, Map.of("name", "Y " + token,
                "slug", "other-" + token));
        assertThat(slugChange.status()).isEqualTo(422);
        assertThat(slugChange.json().path("errors").findValuesAsText("field")).containsExactly("slug");
    }

    @Test
    void slugsAndNamesAreUniqueAndSlugsWellFormed() {
        String slug = newsroom.section("Hukum " + token, "hukum-" + token);
        ApiClient.Reply sameSlug = editor.post("/api/admin/sections", Map.of("name", "Other " + token, "slug", slug));
        assertThat(sameSlug.status()).isEqualTo(409);
        assertThat(sameSlug.text("detail")).contains(slug, "Hukum " + token);
        ApiClient.Reply sameName = editor.post("/api/admin/sections", Map.of("name", "HUKUM " + token,
                "slug", "hukum-2-" + token));
        assertThat(sameName.status()).as("names are unique ignoring case").isEqualTo(409);
        String other = newsroom.section("Kriminal " + token, "kriminal-" + token);
        assertThat(editor.put("/api/admin/sections/" + other, Map.of("name", "hukum " + token)).status())
                .isEqualTo(409);

        ApiClient.Reply badSlug = editor.post("/api/admin/sections", Map.of("name", "Bad " + token, "slug", "Not A Slug"));
        assertThat(badSlug.status()).isEqualTo(422);
        assertThat(badSlug.json().path("errors").findValuesAsText("field")).containsExactly("slug");
        ApiClient.Reply noName = editor.post("/api/admin/sections", Map.of("slug", "nameless-" + token));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().path("errors").findValuesAsText("field")).containsExactly("name");
    }

    @Test
    void anArticlesSectionIsAKnownSlugOrNothing() {
        Map<String, Object> unknown = new HashMap<>(Newsroom.article("Unknown section " + token));
        unknown.put("section", "sport-" + token);
        ApiClient.Reply refused = journalist.post("/api/articles", unknown);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("section");
        assertThat(error.path("message").asText()).contains("\"sport-" + token + "\"", "GET /api/admin/sections",
                "POST /api/admin/sections");

        Map<String, Object> byName = new HashMap<>(Newsroom.article("Section by name " + token));
        byName.put("section", "World");
        ApiClient.Reply named = journalist.post("/api/articles", byName);
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.raw()).as("points to the slug").contains("has the slug world");

        Map<String, Object> none = new HashMap<>(Newsroom.article("No section " + token));
        none.remove("section");
        ApiClient.Reply created = journalist.post("/api/articles", none);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.json().path("section").isNull()).isTrue();

        String slug = newsroom.section("Sains " + token, "sains-" + token);
        Map<String, Object> moved = new HashMap<>(none);
        moved.put("section", slug);
        ApiClient.Reply saved = journalist.put("/api/articles/" + created.text("id"), moved, "If-Match",
                created.header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.text("section")).isEqualTo(slug);
        moved.put("section", "gone-" + token);
        assertThat(journalist.put("/api/articles/" + created.text("id"), moved, "If-Match", saved.header("ETag"))
                .status()).isEqualTo(422);
    }

    @Test
    void aNinjsGenreThatIsNoSectionIsLeftOutAndOneThatIsIsKept() {
        ApiClient.Reply agency = journalist.post("/api/import/ninjs", Map.of("uri", "urn:sections-it:" + token,
                "headline", "Agency genre " + token, "body_html", "<p>Body.</p>",
                "genres", List.of(Map.of("name", "Current " + token))));
        assertThat(agency.status()).as(agency.raw()).isEqualTo(201);
        assertThat(agency.json().path("section").isNull()).isTrue();
        assertThat(journalist.get("/api/articles/" + agency.text("id") + "/audit").raw())
                .contains("genre \\\"Current " + token + "\\\" is not a section");

        ApiClient.Reply ours = journalist.post("/api/import/ninjs", Map.of("uri", "urn:sections-it:2:" + token,
                "headline", "Our genre " + token, "body_html", "<p>Body.</p>",
                "genres", List.of(Map.of("name", "Agency thing"), Map.of("name", "world"))));
        assertThat(ours.status()).as(ours.raw()).isEqualTo(201);
        assertThat(ours.text("section")).as("the first genre that is a section").isEqualTo(Newsroom.SECTION);
    }

    @Test
    void aNewArticleWithoutALanguageIsInTheNewsroomsLanguage() {
        Map<String, Object> noLanguage = new HashMap<>(Newsroom.article("Tanpa bahasa " + token));
        noLanguage.remove("language");
        ApiClient.Reply created = journalist.post("/api/articles", noLanguage);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("language")).as("CMS_DEFAULT_LANGUAGE, default id").isEqualTo("id");
        Map<String, Object> english = new HashMap<>(noLanguage);
        english.put("language", "en-gb");
        assertThat(journalist.post("/api/articles", english).text("language")).isEqualTo("en-GB");
    }
}
