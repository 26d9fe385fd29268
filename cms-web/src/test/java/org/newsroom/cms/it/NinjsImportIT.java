package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ninjs in: agency examples import as drafts; export → import → export keeps every field we model. */
class NinjsImportIT extends AbstractApiIT {

    @ParameterizedTest
    @ValueSource(strings = {"examples/dpa_text.json", "examples/ntb_text.json", "examples/tt_text_image_2.json",
            "examples-3.0/dpa_text.json", "examples-3.0/ntb_text.json", "examples-3.0/ninjsExSimpleText_3.json",
            "examples-3.0/SIPA_image_3.json"})
    void agencyExamplesImportAsDrafts(String file) throws Exception {
        JsonNode example;
        try (InputStream in = getClass().getResourceAsStream("/ninjs/" + file)) {
            example = ApiClient.JSON.readTree(in);
        }
        ApiClient.Reply imported = journalist.post("/api/import/ninjs", example);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        assertThat(imported.text("status")).isEqualTo("DRAFT");
        assertThat(imported.text("headline")).isNotBlank();
        assertThat(imported.header("Location")).contains("/api/articles/" + imported.text("id"));
    }

    @Test
    void exportImportExportKeepsEveryModelledField() {
        String dunia = newsroom.section("Dunia", "dunia");
        String path = "/api/articles/" + journalist.post("/api/articles", Map.of("headline", "Round trip "
                + UUID.randomUUID(), "standfirst", "Ringkasan berita.", "body", "<p>Satu.</p><p>Dua “kutipan”.</p>",
                "language", "id", "section", dunia, "dateline", Map.of("place", "Jakarta", "source", "HanTer")))
                .text("id");
        journalist.put(path + "/tagging/tags", Map.of("tags", List.of("politik", "Round" + path.substring(14, 20))));
        ApiClient.Reply slot = journalist.post(path + "/photo-captions/photos/slots", Map.of("caption", "Kepala Staf",
                "credit", "HanTer"));
        assertThat(slot.status()).as(slot.raw()).isIn(200, 201);
        String photoId = slot.text("id");
        journalist.put(path + "/photo-captions/photos/" + photoId, Map.of("altText", "Seorang jenderal",
                "photographer", "Budi", "copyright", "© HanTer"));

        JsonNode first = journalist.get(path + "/ninjs").json();
        assertThat(NinjsSchema.problems(first)).isEmpty();
        ApiClient.Reply imported = editor.post("/api/import/ninjs", first);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        JsonNode second = editor.get("/api/articles/" + imported.text("id") + "/ninjs").json();
        assertThat(NinjsSchema.problems(second)).isEmpty();

        for (String field : List.of("type", "language", "headlines", "descriptions", "bodies", "located",
                "infosources", "genres", "subjects", "pubstatus")) {
            assertThat(second.path(field)).as(field).isEqualTo(first.path(field));
        }
        // the section's name for readers, its slug in the literal (what the import maps back to the section)
        assertThat(first.path("genres").get(0).path("name").asText()).isEqualTo("Dunia");
        assertThat(first.path("genres").get(0).path("literal").asText()).isEqualTo("section:dunia");
        assertThat(editor.get("/api/articles/" + imported.text("id")).text("section")).isEqualTo("dunia");
        assertThat(second.path("by").asText()).isEqualTo(first.path("by").asText()).contains("journalist");
        assertThat(withoutIds(second.path("associations"))).isEqualTo(withoutIds(first.path("associations")));
        assertThat(first.path("associations").get(0).path("descriptions").findValuesAsText("value"))
                .containsExactly("Kepala Staf", "HanTer", "Seorang jenderal");
        assertThat(second.path("uri").asText()).isNotEqualTo(first.path("uri").asText());

        // ninjs 3.1 (camelCase) reads back the same
        JsonNode first31 = journalist.get(path + "/ninjs?version=3.1").json();
        assertThat(NinjsSchema.problems31(first31)).isEmpty();
        ApiClient.Reply from31 = editor.post("/api/import/ninjs", first31);
        assertThat(from31.status()).as(from31.raw()).isEqualTo(201);
        JsonNode third = editor.get("/api/articles/" + from31.text("id") + "/ninjs").json();
        for (String field : List.of("headlines", "descriptions", "bodies", "located", "infosources", "genres",
                "subjects", "by")) {
            assertThat(third.path(field)).as("3.1 " + field).isEqualTo(first.path(field));
        }
        assertThat(withoutIds(third.path("associations"))).isEqualTo(withoutIds(first.path("associations")));

        ObjectNode noUri = (ObjectNode) first.deepCopy();
        noUri.remove("uri");
        assertThat(editor.post("/api/import/ninjs", noUri).status()).isEqualTo(422);
    }

    private static List<JsonNode> withoutIds(JsonNode associations) {
        List<JsonNode> out = new ArrayList<>();
        associations.forEach(a -> {
            ObjectNode copy = (ObjectNode) a.deepCopy();
            copy.remove("uri");
            out.add(copy);
        });
        return out;
    }
}
