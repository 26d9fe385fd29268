package org.newsroom.cms.plugin.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A keyset-paging position: the time and id of the last item of a page, handed to clients as an opaque
 * URL-safe token ({@code ?after=…}). The one codec of the CMS: the core's public lists and every plugin's
 * use it, so a cursor from one endpoint is read the same way by all.
 */
public record Cursor(Instant at, UUID id) {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public Cursor {
        if (at == null || id == null) {
            throw new IllegalArgumentException("a cursor needs a time and an id");
        }
    }

    /** The opaque token for this position. */
    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The position a token names; empty for a missing or blank one.
     *
     * @param parameter the query parameter the token came in, named in the error
     * @throws PluginException 400 when the token is not one this CMS gave out
     */
    public static Optional<Cursor> decode(String parameter, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.", 3);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) { // no page starts there; the database could not say so
                throw new IllegalArgumentException("out of range");
            }
            return Optional.of(new Cursor(at, UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw PluginException.badRequest("\"" + parameter + "\" is not a cursor this API gave out: pass the \"next\" "
                    + "value of the previous page unchanged, or leave it out for the first page.")
                    .withErrors(java.util.List.of(new FieldError(parameter, "not a cursor this API gave out")));
        }
    }
}
