package org.newsroom.cms.web.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

/**
 * The rules of conditional requests (RFC 9110 §13) and of our Cache-Control values, without servlets, so
 * they are tested on their own.
 */
final class Conditional {

    /** Browsers always ask again; {@code s-maxage} lets a shared cache (a CDN) serve it that long. */
    static final String REVALIDATE = "max-age=0, must-revalidate";

    /** RFC 9110's IMF-fixdate: a two-digit day ("01 Dec"), which RFC 1123's formatter leaves one digit. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Conditional() {
    }

    /** A strong entity tag from the bytes themselves: the same bytes always give the same tag, on every node. */
    static String strongTag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Whether {@code If-None-Match} names the current representation: {@code *}, or any listed tag equal to
     * {@code etag} by weak comparison (a {@code W/} prefix on either side is ignored).
     */
    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String value = ifNoneMatch.strip();
        if (value.equals("*")) {
            return true;
        }
        if (etag == null) {
            return false;
        }
        String current = opaque(etag);
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf('"', i);
            if (start < 0) {
                return false;
            }
            int end = value.indexOf('"', start + 1);
            if (end < 0) {
                return false;
            }
            if (value.substring(start, end + 1).equals(current)) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        return t.startsWith("W/") ? t.substring(2) : t;
    }

    /**
     * Whether {@code If-Modified-Since} says the client's copy is current: the content changed at or before
     * that second. A date that cannot be read, or lies in the future, is ignored (RFC 9110 §13.1.3).
     */
    static boolean notModifiedSince(String ifModifiedSince, Instant lastModified, Instant now) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        Instant since = parseDate(ifModifiedSince);
        if (since == null || since.isAfter(now)) {
            return false;
        }
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    }

    static Instant parseDate(String value) {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String formatDate(Instant instant) {
        return HTTP_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The Cache-Control a public response goes out with:
     * <ul>
     * <li>whatever the route set when it says {@code no-store} or {@code private} (previews), or
     * {@code immutable} (fingerprinted assets);</li>
     * <li>what the route set on an image (photos and renditions keep their long max-age: their URL changes
     * with the image) and on a 304 it answered itself;</li>
     * <li>a 200 otherwise: {@code max-age=0, must-revalidate, s-maxage=N};</li>
     * <li>anything else (404, 410, redirects, other errors) {@code max-age=0, must-revalidate}, with no
     * s-maxage, so a CDN never keeps a "not found" after the article appears.</li>
     * </ul>
     */
    static String cacheControl(int status, String contentType, String routeValue, int sharedMaxAge) {
        if (routeValue != null) {
            String v = routeValue.toLowerCase(Locale.ROOT);
            boolean keep = v.contains("no-store") || v.contains("private") || v.contains("immutable")
                    || status == 304
                    || status == 200 && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/");
            if (keep) {
                return routeValue;
            }
        }
        return status == 200 ? REVALIDATE + ", s-maxage=" + sharedMaxAge : REVALIDATE;
    }

    /** Whether a response marked so must not be shared or kept: no validators, no 304, bytes as they are. */
    static boolean personal(String cacheControl) {
        String v = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
        return v.contains("no-store") || v.contains("private");
    }
}
