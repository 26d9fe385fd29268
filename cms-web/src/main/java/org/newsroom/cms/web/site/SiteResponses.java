package org.newsroom.cms.web.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a machine-read document of the site (feed, sitemap, robots.txt) with the public caching contract: an
 * ETag over the bytes and a Last-Modified, 304 to {@code If-None-Match} or {@code If-Modified-Since}, and
 * {@code Cache-Control: max-age=0, must-revalidate} so a browser always asks the origin, which is never stale.
 */
final class SiteResponses {

    static final String CACHE_CONTROL = "max-age=0, must-revalidate";

    private SiteResponses() {
    }

    /** The address the request came in on ({@code http://host:port}), for absolute URLs without a configured base. */
    static URI requestBase(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve("/");
    }

    /** A document as it goes out: its bytes, media type (with charset) and when what it lists last changed. */
    record Document(byte[] body, String contentType, Instant lastModified) {

        static Document text(String text, String contentType, Instant lastModified) {
            return new Document(text.getBytes(StandardCharsets.UTF_8), contentType, lastModified);
        }
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Document document) throws IOException {
        String etag = "\"" + digest(document.body()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (document.lastModified() != null) {
            response.setDateHeader("Last-Modified", document.lastModified().toEpochMilli());
        }
        if (notModified(request, etag, document.lastModified())) {
            response.setStatus(304);
            return;
        }
        response.setContentType(document.contentType());
        response.setContentLength(document.body().length);
        response.getOutputStream().write(document.body());
    }

    /** If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2). */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: answer in full
        }
        return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
