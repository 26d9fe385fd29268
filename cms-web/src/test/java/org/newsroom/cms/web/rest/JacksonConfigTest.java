package org.newsroom.cms.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.newsroom.cms.web.rest.input.UnsafeTextException;

/** The API's JSON reader: unstorable text refused with the field's path, no silent type conversion. */
class JacksonConfigTest {

    private static final ObjectMapper JSON = JacksonConfig.mapper();

    record Dateline(String place, String source) {
    }

    record Body(String headline, Dateline dateline, List<String> roles, Boolean guest, Long into, Integer position,
                Double weight, List<Dateline> places) {
    }

    /** Like a plugin's field with its own deserializer, which never passes through a String deserializer. */
    record Custom(@JsonDeserialize(using = OwnDeserializer.class) String caption) {
    }

    public static final class OwnDeserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        public OwnDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"headline\": \"a\\u0000b\"}                                  | headline",
            "{\"dateline\": {\"place\": \"Jak\\u0000arta\"}}                | dateline.place",
            "{\"roles\": [\"EDITOR\", \"\\u0000\"]}                         | roles[1]",
            "{\"places\": [{\"place\": \"x\"}, {\"source\": \"\\u0000\"}]}  | places[1].source",
            "{\"headline\": \"lone \\uD800 high\"}                          | headline",
            "{\"headline\": \"lone \\uDC00 low\"}                           | headline",
            "{\"headline\": \"ends high \\uD83D\"}                          | headline",
            "{\"headline\": \"swapped \\uDE00\\uD83D\"}                     | headline"})
    void unstorableTextIsRefusedNamingTheField(String json, String field) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void fieldsWithTheirOwnDeserializerMapsAndTreesAreCheckedToo() {
        assertThatThrownBy(() -> JSON.readValue("{\"caption\": \"a\\u0000\"}", Custom.class))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> assertThat(e.field()).isEqualTo("caption"));
        assertThatThrownBy(() -> JSON.readValue("{\"uri\": \"x\", \"genres\": [{\"name\": \"\\u0000\"}]}",
                new TypeReference<Map<String, Object>>() { }))
                .isInstanceOfSatisfying(UnsafeTextException.class,
                        e -> assertThat(e.field()).isEqualTo("genres[0].name"));
        assertThatThrownBy(() -> JSON.readTree("{\"a\": {\"b\\u0000\": 1}}"))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("a");
                    assertThat(e.flaw()).startsWith("has a field name that contains a NUL");
                });
        assertThatThrownBy(() -> JSON.readValue("[\"ok\", \"\\u0000\"]", new TypeReference<List<String>>() { }))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> assertThat(e.field()).isEqualTo("[1]"));
    }

    @Test
    void ordinaryTextPassesUnchanged() throws IOException {
        String text = "Gempa 🌋 🇮🇩 \u202Eabc <script>alert(1)</script> ' OR 1=1 -- \t\n";
        Body body = JSON.readValue(JSON.writeValueAsString(Map.of("headline", text)), Body.class);
        assertThat(body.headline()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"headline\": 123}", "{\"headline\": 1.5}", "{\"headline\": true}",
            "{\"dateline\": {\"place\": 4}}", "{\"roles\": [1]}",
            "{\"guest\": \"true\"}", "{\"guest\": 1}",
            "{\"into\": \"7\"}", "{\"into\": 2.5}", "{\"into\": true}",
            "{\"position\": \"3\"}", "{\"weight\": \"1.5\"}", "{\"weight\": false}"})
    void scalarsAreNotConvertedToAnotherType(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void theRightTypesAreRead() throws IOException {
        Body body = JSON.readValue("{\"headline\": \"h\", \"guest\": false, \"into\": 7, \"position\": 3, "
                + "\"weight\": 2, \"roles\": [\"EDITOR\"]}", Body.class);
        assertThat(body).isEqualTo(new Body("h", null, List.of("EDITOR"), false, 7L, 3, 2.0, null));
    }

    @Test
    void copiesOfTheMapperCheckAlike() {
        ObjectMapper copy = JSON.copy();
        assertThatThrownBy(() -> copy.readValue("{\"headline\": \"\\u0000\"}", Body.class))
                .isInstanceOf(UnsafeTextException.class);
    }
}
