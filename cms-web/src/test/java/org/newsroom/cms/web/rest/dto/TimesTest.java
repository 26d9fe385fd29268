package org.newsroom.cms.web.rest.dto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsroom.cms.core.application.MalformedInputException;

class TimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+294277-01-01T00:00:00Z", "-4713-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z", "1900-01-01T06:59:59+07:00"})
    void timesOutsideTheStorableYearsAre400NamingTheField(String time) {
        assertThatThrownBy(() -> Times.parse("embargoUntil", time))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("embargoUntil");
                    assertThat(e.getMessage()).contains("outside the years 1900 to 9999");
                });
    }

    @Test
    void theEdgesOfTheRangeAreFine() {
        assertThat(Times.parse("publishAt", "1900-01-01T00:00:00Z")).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(Times.parse("publishAt", "9999-12-31T23:59:59.999999Z")).isNotNull();
        assertThat(Times.parse("publishAt", "2026-12-01T06:00:00+07:00")).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(Times.storable(Instant.MAX)).isFalse();
        assertThat(Times.storable(Instant.EPOCH)).isTrue();
    }

    @Test
    void aLongValueIsNotRepeatedInFull() {
        assertThatThrownBy(() -> Times.parse("publishAt", "x".repeat(5_000)))
                .hasMessageStartingWith("\"" + "x".repeat(100) + "…\" is not an ISO-8601 date-time");
    }
}
