package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The tagging plugin in the shipped WAR: rights, normalisation, synonyms, merge, suggestions, rules, public pages. */
class TaggingIT extends AbstractApiIT {
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    /** Plugin settings live in the shared database: leave them as found, for the other test classes too. */
    @BeforeEach
    void resetPlugin() {
        config(Map.of());
        newsroom.admin.post("/api/admin/plugins/tagging/enable", null);
    }

    @AfterEach
    void leavePluginAsFound() {
        resetPlugin();
    }

    @Test
    void journalistsTagTheirOwnEditableArticlesEditorsAnyAndNamesAreNormalised() {
        String path = draft(journalist);
        String iran = "Iran" + run;
        ApiClient.Reply tagged = journalist.put(path + "/tagging/tags",
                Map.of("tags", List.of(iran, "Rusia" + run, iran.toUpperCase(), " rusia" + run + "  ")));
        assertThat(tagged.status()).as(tagged.raw()).isEqualTo(200);
        assertThat(tagged.json().findValuesAsText("name")).containsExactly(iran, "Rusia" + run);
        long iranId = tagged.json().get(0).path("id").asLong();
        assertThat(tagged.json().get(0).path("vocabulary").asText()).isEqualTo("free");

        // ids work too, order is kept, and a Media Topic is found by its Indonesian label
        ApiClient.Reply reordered = journalist.put(path + "/tagging/tags", Map.of("tags", List.of("Rusia" + run, iranId,
                "politik")));
        assertThat(reordered.json().findValuesAsText("name")).containsExactly("Rusia" + run, iran, "politics");
        assertThat(reordered.json().get(2).path("code").asText()).isEqualTo("medtop:11000000");
        assertThat(journalist.get(path + "/tagging/tags").json()).hasSize(3);
        JsonNode inArticle = journalist.get(path).json().path("plugins").path("tagging").path("tags");
        assertThat(inArticle.findValuesAsText("slug")).contains("medtop-politics");

        ApiClient other = newsroom.user("other", "JOURNALIST");
        assertThat(other.put(path + "/tagging/tags", Map.of("tags", List.of("x"))).status()).isEqualTo(403);
        assertThat(editor.put(path + "/tagging/tags", Map.of("tags", List.of(iranId))).status()).isEqualTo(200);
        journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW"));
        assertThat(journalist.put(path + "/tagging/tags", Map.of("tags", List.of(iranId))).status()).isEqualTo(403);

        ApiClient.Reply bad = editor.put(path + "/tagging/tags", Map.of("tags", List.of("<script>")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("detail")).contains("characters");
        assertThat(editor.put(path + "/tagging/tags", Map.of("tags", List.of("x".repeat(81)))).status()).isEqualTo(400);
    }

    @Test
    void synonymsResolveToTheirTagAndMergeMovesEveryArticleWithoutDuplicates() throws Exception {
        String a = "Russia" + run;
        String b = "Rusia" + run;
        String one = draft(editor);
        String two = draft(editor);
        String three = draft(editor);
        long idA = editor.put(one + "/tagging/tags", Map.of("tags", List.of(a))).json().get(0).path("id").asLong();
        JsonNode twoTags = editor.put(two + "/tagging/tags", Map.of("tags", List.of(a, b))).json();
        long idB = twoTags.get(1).path("id").asLong();
        editor.put(three + "/tagging/tags", Map.of("tags", List.of(b)));
        assertThat(usage(idA)).isEqualTo(2);
        assertThat(usage(idB)).isEqualTo(2);

        assertThat(journalist.post("/api/plugins/tagging/tags/" + idA + "/merge", Map.of("into", idB)).status())
                .isEqualTo(403);
        ApiClient.Reply merged = editor.post("/api/plugins/tagging/tags/" + idA + "/merge", Map.of("into", idB));
        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(usage(idB)).isEqualTo(3);
        assertThat(usage(idA)).isZero();
        assertThat(editor.get(two + "/tagging/tags").json().findValuesAsText("name")).containsExactly(b);
        assertThat(editor.get("/api/plugins/tagging/tags/" + idA).status()).isEqualTo(404);
        JsonNode detail = editor.get("/api/plugins/tagging/tags/" + idB).json();
        assertThat(detail.path("synonyms").findValuesAsText("name")).contains(a);
        assertThat(detail.path("articles").asLong()).isEqualTo(3);

        // the old name now means the surviving tag
        String four = draft(editor);
        assertThat(editor.put(four + "/tagging/tags", Map.of("tags", List.of(a.toLowerCase()))).json()
                .findValuesAsText("name")).containsExactly(b);

        ApiClient.Reply synonym = editor.post("/api/plugins/tagging/tags/" + idB + "/synonyms",
                Map.of("name", "Rossiya" + run, "language", "ru"));
        assertThat(synonym.status()).isEqualTo(200);
        assertThat(editor.post("/api/plugins/tagging/tags/" + idB + "/synonyms", Map.of("name", "ROSSIYA" + run))
                .status()).isEqualTo(409);
        assertThat(editor.put(four + "/tagging/tags", Map.of("tags", List.of("rossiya" + run))).json()
                .findValuesAsText("name")).containsExactly(b);
        assertThat(auditMentions("MERGED", a)).isTrue();
    }

    @Test
    void onlyUnusedTagsCanBeDeletedAndRenamesKeepKeysUnique() {
        ApiClient.Reply created = editor.post("/api/plugins/tagging/tags", Map.of("name", "Lonely" + run));
        assertThat(created.status()).isEqualTo(201);
        long lonely = created.json().path("tag").path("id").asLong();
        String path = draft(editor);
        long used = editor.put(path + "/tagging/tags", Map.of("tags", List.of("Used" + run))).json().get(0).path("id").asLong();
        assertThat(editor.send("DELETE", "/api/plugins/tagging/tags/" + used, null).status()).isEqualTo(409);
        assertThat(editor.put("/api/plugins/tagging/tags/" + lonely, Map.of("name", "used" + run)).status()).isEqualTo(409);
        assertThat(editor.put("/api/plugins/tagging/tags/" + lonely, Map.of("name", "Alone" + run)).json()
                .path("tag").path("name").asText()).isEqualTo("Alone" + run);
        assertThat(editor.send("DELETE", "/api/plugins/tagging/tags/" + lonely, null).status()).isEqualTo(204);
        assertThat(journalist.post("/api/plugins/tagging/tags", Map.of("name", "Mine" + run)).status()).isEqualTo(403);
    }

    @Test
    void suggestionsForTheSeedStoryNameIranRussiaScoAndATopic() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "cms-plugins", "tagging", "src", "test", "resources",
                "seeds", "000_92a82fd6de2abda5.txt"));
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(2, lines.size())) {
            if (!line.isBlank()) {
                body.append("<p>").append(line).append("</p>");
            }
        }
        Map<String, Object> article = new HashMap<>(Newsroom.article(lines.get(0)));
        article.put("headline", lines.get(0) + " " + run);
        article.put("body", body.toString());
        String path = "/api/articles/" + journalist.post("/api/articles", article).text("id");

        JsonNode suggestions = journalist.get(path + "/tagging/suggestions").json();
        List<String> names = new ArrayList<>();
        suggestions.forEach(s -> names.add(s.path("name").asText()));
        assertThat(names).contains("Iran", "SCO").containsAnyOf("Rusia", "Russia");
        assertThat(names).containsAnyOf("conflict, war and peace", "international relations");
        assertThat(suggestions.findValuesAsText("reason")).anyMatch(r -> r.matches("in the headline, and mentioned \\d+ times in the body"))
                .anyMatch(r -> r.startsWith("words of this topic in the text: "));
        assertThat(journalist.get(path + "/tagging/tags").json()).as("never applied on their own").isEmpty();

        // in Indonesian: reasons and topic labels in the user's language
        JsonNode indonesian = journalist.get(path + "/tagging/suggestions", "Accept-Language", "id").json();
        JsonNode iran = null;
        for (JsonNode s : indonesian) {
            if (s.path("name").asText().equals("Iran")) {
                iran = s;
            }
        }
        assertThat(iran).isNotNull();
        assertThat(iran.path("reason").asText()).matches("ada di judul, dan disebut \\d+ kali dalam isi berita");
        assertThat(indonesian.findValuesAsText("label")).containsAnyOf("konflik, perang dan perdamaian",
                "hubungan internasional");

        // dismissed: not suggested for this article again
        assertThat(journalist.post(path + "/tagging/suggestions/dismissed", Map.of("name", "SCO")).status()).isEqualTo(204);
        assertThat(journalist.get(path + "/tagging/suggestions").json().findValuesAsText("name")).doesNotContain("SCO")
                .contains("Iran");
        ApiClient other = newsroom.user("other", "JOURNALIST");
        assertThat(other.post(path + "/tagging/suggestions/dismissed", Map.of("name", "Iran")).status()).isEqualTo(403);
        assertThat(journalist.post(path + "/tagging/suggestions/dismissed", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void publishingNeedsTheConfiguredMinimumOfTags() {
        String path = draft(journalist);
        journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW"));
        config(Map.of("minTagsToPublish", 1));
        ApiClient.Reply vetoed = editor.post(path + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(vetoed.status()).isEqualTo(422);
        assertThat(vetoed.json().path("reasons").findValuesAsText("reason")).anyMatch(r ->
                r.startsWith("Add at least 1 tag before publishing"));
        editor.put(path + "/tagging/tags", Map.of("tags", List.of("Tagged" + run)));
        assertThat(editor.post(path + "/transitions", Map.of("to", "PUBLISHED")).status()).isEqualTo(200);
    }

    @Test
    void configIsValidatedAndControlledOnlyModeRefusesNewNames() {
        ApiClient.Reply bad = newsroom.admin.put("/api/admin/plugins/tagging/config",
                Map.of("vocabularyMode", "anything", "maxTagsPerArticle", 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("vocabularyMode", "maxTagsPerArticle");

        config(Map.of("vocabularyMode", "controlled-only", "maxTagsPerArticle", 2));
        String path = draft(editor);
        ApiClient.Reply refused = editor.put(path + "/tagging/tags", Map.of("tags", List.of("Brand new " + run)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("controlled");
        assertThat(editor.put(path + "/tagging/tags", Map.of("tags", List.of("politics", "sport"))).status())
                .isEqualTo(200);
        assertThat(editor.put(path + "/tagging/tags", Map.of("tags", List.of("politics", "sport", "health")))
                .status()).isEqualTo(422);
    }

    @Test
    void disablingHidesEndpointsButKeepsTagsWhichComeBackOnEnable() {
        String path = draft(editor);
        editor.put(path + "/tagging/tags", Map.of("tags", List.of("Kept" + run)));
        newsroom.admin.post("/api/admin/plugins/tagging/disable", null);
        assertThat(editor.get(path + "/tagging/tags").status()).isEqualTo(409);
        assertThat(editor.get(path).json().path("plugins").has("tagging")).isFalse();
        assertThat(newsroom.anonymous().get("/api/public/tags").status()).isEqualTo(404);
        newsroom.admin.post("/api/admin/plugins/tagging/enable", null);
        assertThat(editor.get(path + "/tagging/tags").json().findValuesAsText("name")).containsExactly("Kept" + run);
    }

    @Test
    void publicTagPagesListPublishedArticlesOnlyNewestFirstByCursor() {
        String tag = "Public" + run;
        List<String> publishedHeadlines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String path = draft(journalist);
            journalist.put(path + "/tagging/tags", Map.of("tags", List.of(tag)));
            journalist.post(path + "/transitions", Map.of("to", "IN_REVIEW"));
            publishedHeadlines.add(0, editor.post(path + "/transitions", Map.of("to", "PUBLISHED")).text("headline"));
        }
        String hidden = draft(journalist);
        journalist.put(hidden + "/tagging/tags", Map.of("tags", List.of(tag)));

        String slug = editor.get(hidden + "/tagging/tags").json().get(0).path("slug").asText();
        JsonNode all = newsroom.anonymous().get("/api/public/tags").json();
        JsonNode mine = null;
        for (JsonNode t : all) {
            if (t.path("slug").asText().equals(slug)) {
                mine = t;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("articles").asInt()).as("published only").isEqualTo(3);

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = newsroom.anonymous().get("/api/public/tags/" + slug + "/articles?limit=2"
                    + (next == null ? "" : "&after=" + next)).json();
            page.path("items").forEach(a -> seen.add(a.path("headline").asText()));
            next = page.path("next").isNull() ? null : page.path("next").asText();
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(publishedHeadlines);
        assertThat(newsroom.anonymous().get("/api/public/tags/no-such-tag/articles").status()).isEqualTo(404);
    }

    @Test
    void bodiesAndCursorsAreCheckedWithProblemAnswers() {
        ApiClient.Reply created = editor.post("/api/plugins/tagging/tags", Map.of("name", "Checked" + run));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.json().path("tag").path("id").asLong();
        String slug = created.json().path("tag").path("slug").asText();

        ApiClient.Reply noInto = editor.post("/api/plugins/tagging/tags/" + id + "/merge", Map.of());
        assertThat(noInto.status()).as(noInto.raw()).isEqualTo(422);
        assertThat(noInto.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noInto.json().path("errors").findValuesAsText("field")).containsExactly("into");

        ApiClient.Reply badLanguage = editor.post("/api/plugins/tagging/tags/" + id + "/synonyms",
                Map.of("name", "Diperiksa" + run, "language", "not a language"));
        assertThat(badLanguage.status()).as(badLanguage.raw()).isEqualTo(422);
        assertThat(badLanguage.json().path("errors").findValuesAsText("field")).containsExactly("language");

        ApiClient.Reply badName = editor.post("/api/plugins/tagging/tags", Map.of("name", "a;b"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().path("errors").findValuesAsText("field")).containsExactly("name");

        ApiClient.Reply badCursor = newsroom.anonymous().get("/api/public/tags/" + slug + "/articles?after=junk");
        assertThat(badCursor.status()).as(badCursor.raw()).isEqualTo(400);
        assertThat(badCursor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(newsroom.anonymous().get("/api/public/tags/" + slug + "/articles?limit=0").status()).isEqualTo(422);
    }

    @Test
    void thePickerFindsSynonymsAndIndonesianLabelsByWordPrefixAndLabelsFollowTheLanguage() {
        JsonNode politik = editor.get("/api/plugins/tagging/tags?q=politik", "Accept-Language", "id").json();
        assertThat(politik.get(0).path("code").asText()).isEqualTo("medtop:11000000");
        assertThat(politik.get(0).path("label").asText()).isEqualTo("politik");
        assertThat(politik.get(0).path("labelLang").asText()).isEqualTo("id");
        assertThat(politik.get(0).path("matched").asText()).isIn("LABEL", "SYNONYM");
        assertThat(politik.get(0).path("name").asText()).isEqualTo("politics");

        JsonNode perang = editor.get("/api/plugins/tagging/tags?q=Perang&limit=20", "Accept-Language", "id").json();
        assertThat(perang.findValuesAsText("label")).contains("konflik, perang dan perdamaian", "perang");
        JsonNode english = editor.get("/api/plugins/tagging/tags?q=perang", "Accept-Language", "en").json();
        assertThat(english.findValuesAsText("label")).contains("conflict, war and peace");
        assertThat(editor.get("/api/plugins/tagging/tags?q=%25").json()).as("%% is literal").isEmpty();

        // the whole vocabulary: a deep topic without an Indonesian label is English, marked so
        String path = draft(editor);
        JsonNode tagged = editor.put(path + "/tagging/tags", Map.of("tags", List.of("cricket", "politik")),
                "Accept-Language", "id").json();
        assertThat(tagged.findValuesAsText("label")).containsExactly("cricket", "politik");
        assertThat(tagged.findValuesAsText("labelLang")).containsExactly("en", "id");
        assertThat(tagged.get(0).path("parentCode").asText()).isEqualTo("medtop:20000822");
        JsonNode detail = editor.get("/api/plugins/tagging/tags/" + tagged.get(0).path("id").asLong(),
                "Accept-Language", "id").json();
        assertThat(detail.path("broader").findValuesAsText("label")).containsExactly("olahraga", "cabang olahraga");
    }

    @Test
    void publicTagsAreLabelledInTheLanguageAskedAndAMergedSlugRedirects() {
        String politicsArticle = draft(journalist);
        String tag = "Gone" + run;
        journalist.put(politicsArticle + "/tagging/tags", Map.of("tags", List.of("politik", tag)));
        journalist.post(politicsArticle + "/transitions", Map.of("to", "IN_REVIEW"));
        assertThat(editor.post(politicsArticle + "/transitions", Map.of("to", "PUBLISHED")).status()).isEqualTo(200);

        ApiClient anonymous = newsroom.anonymous();
        JsonNode byDefault = anonymous.get("/api/public/tags").json();
        assertThat(labelOf(byDefault, "medtop-politics")).isEqualTo("politik id");
        assertThat(labelOf(anonymous.get("/api/public/tags?lang=en").json(), "medtop-politics")).isEqualTo("politics en");
        assertThat(labelOf(anonymous.get("/api/public/tags", "Accept-Language", "en-GB,en;q=0.8").json(),
                "medtop-politics")).isEqualTo("politics en");
        assertThat(anonymous.get("/api/public/tags/medtop-politics/articles?lang=id").json().path("tag").path("label")
                .asText()).isEqualTo("politik");

        JsonNode gone = editor.get(politicsArticle + "/tagging/tags").json().get(1);
        long into = editor.post("/api/plugins/tagging/tags", Map.of("name", "Stays" + run)).json().path("tag").path("id")
                .asLong();
        String intoSlug = editor.get("/api/plugins/tagging/tags/" + into).json().path("tag").path("slug").asText();
        assertThat(editor.post("/api/plugins/tagging/tags/" + gone.path("id").asLong() + "/merge", Map.of("into", into))
                .status()).isEqualTo(200);
        ApiClient.Reply moved = anonymous.get("/api/public/tags/" + gone.path("slug").asText() + "/articles?limit=5");
        assertThat(moved.status()).as(moved.raw()).isEqualTo(301);
        assertThat(moved.header("Location")).endsWith("/api/public/tags/" + intoSlug + "/articles?limit=5");
        JsonNode target = anonymous.get("/api/public/tags/" + intoSlug + "/articles?limit=5").json();
        assertThat(target.path("items")).hasSize(1);
        assertThat(anonymous.get("/api/public/tags/never-" + run + "/articles").status()).isEqualTo(404);
    }

    private static String labelOf(JsonNode tags, String slug) {
        for (JsonNode t : tags) {
            if (t.path("slug").asText().equals(slug)) {
                return t.path("label").asText() + " " + t.path("labelLang").asText();
            }
        }
        return null;
    }

    private String draft(ApiClient author) {
        ApiClient.Reply created = author.post("/api/articles", Newsroom.article("Tagging " + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return "/api/articles/" + created.text("id");
    }

    private void config(Map<String, Object> values) {
        ApiClient.Reply reply = newsroom.admin.put("/api/admin/plugins/tagging/config", values);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private static long usage(long tagId) throws Exception {
        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement("select count(*) from plg_tagging_article_tag where tag_id = ?")) {
            q.setLong(1, tagId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean auditMentions(String action, String text) throws Exception {
        try (Connection db = Newsroom.database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from plg_tagging_audit where action = ? and detail like ?")) {
            q.setString(1, action);
            q.setString(2, "%" + text + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
