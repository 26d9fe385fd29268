package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validator the ninjs tests rely on accepts the IPTC's agency examples and rejects broken documents. */
class NinjsSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"dpa_text.json", "ntb_text.json", "tt_text_image_2.json"})
    void agencyExamplesAreValid(String file) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/ninjs/examples/" + file)) {
            assertThat(NinjsSchema.problems(ApiClient.JSON.readTree(in))).isEmpty();
        }
    }

    @Test
    void brokenDocumentsAreCaught() throws Exception {
        ObjectNode noUri = (ObjectNode) ApiClient.JSON.readTree("{\"type\": \"text\", \"headlines\": [{\"value\": \"x\"}]}");
        assertThat(NinjsSchema.problems(noUri)).isNotEmpty();
        JsonNode badStatus = ApiClient.JSON.readTree("{\"uri\": \"urn:x:1\", \"pubstatus\": \"live\"}");
        assertThat(NinjsSchema.problems(badStatus)).isNotEmpty();
        JsonNode unknownField = ApiClient.JSON.readTree("{\"uri\": \"urn:x:1\", \"colour\": \"red\"}");
        assertThat(NinjsSchema.problems(unknownField)).isNotEmpty();
        JsonNode relativeHref = ApiClient.JSON.readTree("{\"uri\": \"urn:x:1\", \"renditions\": [{\"name\": \"a\", "
                + "\"href\": \"/api/public/photos/1\"}]}");
        assertThat(NinjsSchema.problems(relativeHref)).as("formats are asserted").isNotEmpty();
    }
}
