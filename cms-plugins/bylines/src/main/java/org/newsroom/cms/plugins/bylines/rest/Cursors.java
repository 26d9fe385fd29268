package org.newsroom.cms.plugins.bylines.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.newsroom.cms.plugins.bylines.store.BylineStore;

/** Opaque author-page cursors: the first-publication time and id of the last article of a page. */
final class Cursors {

    private Cursors() {
    }

    static String encode(BylineStore.PublishedRef last) {
        Instant at = last.firstPublishedAt();
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; null for none; {@link IllegalArgumentException} if it is not ours. */
    static BylineStore.PublishedRef decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new BylineStore.PublishedRef(UUID.fromString(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor: " + cursor, e);
        }
    }
}
