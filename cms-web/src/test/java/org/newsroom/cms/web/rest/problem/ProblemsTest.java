package org.newsroom.cms.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.plugin.api.FieldError;

class ProblemsTest {

    @Test
    void echoesAreQuotedAndCutToAHundredCharacters() {
        assertThat(Problems.echo("short")).isEqualTo("\"short\"");
        assertThat(Problems.echo("x".repeat(10_000))).isEqualTo("\"" + "x".repeat(100) + "…\"");
    }

    @Test
    void longQuotedValuesInAnyDetailOrFieldMessageAreCut() {
        String huge = "Z".repeat(1_000_000);
        Map<String, Object> body = Problems.body(422, "validation", "Invalid", "\"" + huge + "\" is not a state; "
                + "\"fine\" stays.", Map.of("errors", List.of(new FieldError("role", "\"" + huge + "\" is not a role"),
                new FieldError(null, "ok"))));
        assertThat((String) body.get("detail")).isEqualTo("\"" + "Z".repeat(100) + "…\" is not a state; \"fine\" stays.");
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) body.get("errors");
        assertThat(errors.get(0)).isEqualTo(new FieldError("role", "\"" + "Z".repeat(100) + "…\" is not a role"));
        assertThat(errors.get(1)).isEqualTo(new FieldError(null, "ok"));
    }

    @Test
    void anOverlongDetailIsCutAsAWhole() {
        String detail = (String) Problems.body(400, "x", "X", "word ".repeat(10_000), null).get("detail");
        assertThat(detail).hasSize(Problems.MAX_DETAIL + 1).endsWith("…");
    }

    @Test
    void invalidTextNamesTheFieldInDetailAndErrors() {
        ProblemDetail problem = Problems.invalidText("The field \"bio\"", "bio", "contains a NUL character (U+0000)");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body()).containsEntry("type", "urn:newsroom-cms:problem:invalid-text")
                .containsEntry("detail", "The field \"bio\" contains a NUL character (U+0000). Remove it and send the "
                        + "request again.")
                .containsEntry("errors", List.of(new FieldError("bio", "contains a NUL character (U+0000)")));
    }

    @Test
    void aPluginFailureSaysWhichPluginWithoutTheExceptionText() {
        assertThat(CmsExceptionMapper.withoutCause("The plugin \"bylines\" failed while importing ninjs, so nothing "
                + "was saved. Try again; if it keeps failing, an admin can disable the plugin. (UnableToExecute"
                + "StatementException: org.postgresql.util.PSQLException: ERROR: value too long (x)"))
                .isEqualTo("The plugin \"bylines\" failed while importing ninjs, so nothing was saved. Try again; if it "
                        + "keeps failing, an admin can disable the plugin.");
        assertThat(CmsExceptionMapper.withoutCause("No cause here.")).isEqualTo("No cause here.");
    }
}
