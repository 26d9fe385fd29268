package org.newsroom.cms.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.plugin.api.FieldError;

/** RESTEasy's conversion failures (its message and cause, as thrown for {@code ?limit=abc}). */
class WebApplicationExceptionMapperTest {

    @Test
    void aQueryValueOfTheWrongTypeIs400NamingTheParameter() {
        ProblemDetail p = WebApplicationExceptionMapper.conversionFailure("RESTEASY003870: Unable to extract parameter "
                + "from http request: jakarta.ws.rs.QueryParam(\"limit\") value is 'abc'",
                new NumberFormatException("For input string: \"abc\""));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.detail()).isEqualTo("The query parameter \"limit\" must be a whole number.");
        assertThat(p.body().get("errors")).isEqualTo(List.of(new FieldError("limit", "must be a whole number")));
        assertThat(p.body().toString()).doesNotContain("RESTEASY", "abc");
    }

    @Test
    void aHeaderValueToo() {
        assertThat(WebApplicationExceptionMapper.conversionFailure("RESTEASY003870: Unable to extract parameter from "
                + "http request: jakarta.ws.rs.HeaderParam(\"X-Count\") value is 'x'", new IllegalArgumentException())
                .detail()).isEqualTo("The header parameter \"X-Count\" must be a valid value.");
    }

    @Test
    void aPathValueOfTheWrongTypeNamesNothingAndOtherErrorsAreNotConversions() {
        assertThat(WebApplicationExceptionMapper.conversionFailure("RESTEASY003870: Unable to extract parameter from "
                + "http request: jakarta.ws.rs.PathParam(\"id\") value is 'abc'", new NumberFormatException())).isNull();
        assertThat(WebApplicationExceptionMapper.conversionFailure("HTTP 404 Not Found", null)).isNull();
        assertThat(WebApplicationExceptionMapper.conversionFailure("QueryParam(\"limit\")", null)).isNull();
    }
}
