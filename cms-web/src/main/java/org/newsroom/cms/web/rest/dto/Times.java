package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Reads times sent by clients: ISO-8601 with an offset (newsrooms work in local time), stored as UTC, within
 * the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (PostgreSQL stores years up to 294276; nothing a newsroom
 * schedules or embargoes is outside this range, and a year like +294277 is a typo or a probe).
 */
public final class Times {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    private static final Instant FIRST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    private Times() {
    }

    /** @return the instant, or null for null/blank; 400 for a time without offset, not a time, or out of range */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            boolean local;
            try {
                LocalDateTime.parse(value.strip());
                local = true;
            } catch (DateTimeParseException notLocal) {
                local = false;
            }
            throw new MalformedInputException(field, local
                    ? Problems.echo(value) + " has no UTC offset, so it is ambiguous. Add the newsroom's offset, e.g. "
                            + "\"2026-12-01T06:00:00+07:00\" for Jakarta, or \"Z\" for UTC."
                    : Problems.echo(value) + " is not an ISO-8601 date-time; use e.g. \"2026-12-01T06:00:00+07:00\".");
        }
        return inRange(field, value, instant);
    }

    /** Whether the instant lies in the years the API stores. */
    public static boolean storable(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
    }

    private static Instant inRange(String field, String value, Instant instant) {
        if (!storable(instant)) {
            throw new MalformedInputException(field, Problems.echo(value) + " is outside the years " + FIRST_YEAR
                    + " to " + LAST_YEAR + "; send a time in that range, e.g. \"2026-12-01T06:00:00+07:00\".");
        }
        return instant;
    }
}
