package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.newsroom.cms.core.application.MalformedInputException;

/** Reads times sent by clients: ISO-8601 with an offset (newsrooms work in local time), stored as UTC. */
public final class Times {

    private Times() {
    }

    /** @return the instant, or null for null/blank; 400 for a time without offset or not a time at all */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            boolean local;
            try {
                LocalDateTime.parse(value.strip());
                local = true;
            } catch (DateTimeParseException notLocal) {
                local = false;
            }
            throw new MalformedInputException(field, local
                    ? "\"" + value + "\" has no UTC offset, so it is ambiguous. Add the newsroom's offset, e.g. "
                            + "\"2026-12-01T06:00:00+07:00\" for Jakarta, or \"Z\" for UTC."
                    : "\"" + value + "\" is not an ISO-8601 date-time; use e.g. \"2026-12-01T06:00:00+07:00\".");
        }
    }
}
