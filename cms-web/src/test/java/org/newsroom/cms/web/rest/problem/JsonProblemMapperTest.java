package org.newsroom.cms.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.input.CheckedJsonFactory;

class JsonProblemMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper(new CheckedJsonFactory())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Body(String headline, Integer position) {
    }

    @Test
    void unstorableTextIs400InvalidTextNamingTheField() {
        ProblemDetail p = JsonProblemMapper.describe(failure("{\"headline\": \"a\\u0000\"}"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo("invalid-text");
        assertThat(p.detail()).startsWith("The field \"headline\" contains a NUL character (U+0000).");
        assertThat(p.body().get("errors")).isEqualTo(List.of(new FieldError("headline",
                "contains a NUL character (U+0000)")));
    }

    @Test
    void anUnknownFieldIsNamedButNotRepeatedAtLength() {
        ProblemDetail p = JsonProblemMapper.describe(failure("{\"" + "k".repeat(5_000) + "\": 1}"));
        assertThat(p.detail()).startsWith("Unknown field \"" + "k".repeat(100) + "…\"").contains("headline, position");
        assertThat(p.body().toString()).doesNotContain("k".repeat(101));
    }

    @Test
    void aWrongTypeNamesFieldValueAndWhatToSend() {
        ProblemDetail p = JsonProblemMapper.describe(failure("{\"position\": \"" + "9".repeat(300) + "x\"}"));
        assertThat(p.detail()).startsWith("Field \"position\" has a value of the wrong type")
                .contains("\"" + "9".repeat(100) + "…\"").endsWith("expected a whole number.");
        assertThat(p.body().get("errors")).isEqualTo(List.of(new FieldError("position",
                "has a value of the wrong type")));
    }

    @Test
    void deepNestingIsAPlain400() {
        ProblemDetail p = JsonProblemMapper.describe(failure("{\"headline\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + "}"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.detail()).doesNotContain("Exception", "StreamReadConstraints");
    }

    private static JsonProcessingException failure(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(json, Body.class));
    }
}
