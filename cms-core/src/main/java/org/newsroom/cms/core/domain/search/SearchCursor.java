package org.newsroom.cms.core.domain.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The position after the last hit of a page: its score and id, and the reference time its scores were computed
 * from. Scores depend on the age of each story ({@link #recency}), so every page of one search measures age from
 * the first page's time; otherwise hits would move between pages as time passes. Handed out as an opaque
 * URL-safe token.
 */
public record SearchCursor(Instant reference, double score, UUID id) {

    /** Days after which the recency factor halves a story's text rank. */
    public static final double HALF_LIFE_DAYS = 30;

    public SearchCursor {
        if (reference == null || id == null || Double.isNaN(score)) {
            throw new IllegalArgumentException("a search cursor needs a reference time, a score and an id");
        }
    }

    /**
     * The recency factor that multiplies {@code ts_rank_cd}: {@code 1 / (1 + ageDays / 30)}; 1 for a story
     * published at the reference time, ½ for a month-old one, ⅓ at two months. Mirrors the SQL of the index.
     */
    public static double recency(double ageDays) {
        return 1.0 / (1.0 + Math.max(0, ageDays) / HALF_LIFE_DAYS);
    }

    public String encode() {
        String raw = reference.getEpochSecond() + "." + reference.getNano() + "."
                + Long.toHexString(Double.doubleToRawLongBits(score)) + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a token names; empty for none; {@link IllegalArgumentException} for one we never gave out. */
    public static Optional<SearchCursor> decode(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.", 4);
            Instant reference = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            double score = Double.longBitsToDouble(Long.parseUnsignedLong(parts[2], 16));
            if (reference.isBefore(Instant.parse("2000-01-01T00:00:00Z"))
                    || reference.isAfter(Instant.parse("9999-01-01T00:00:00Z")) || !Double.isFinite(score) || score < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return Optional.of(new SearchCursor(reference, score, UUID.fromString(parts[3])));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a search cursor", e);
        }
    }
}
