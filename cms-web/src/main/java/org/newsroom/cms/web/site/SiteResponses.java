package org.newsroom.cms.web.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.cache.CacheHints;

/**
 * Sends a machine-read document of the site (feed, sitemap, robots.txt): its bytes, and when what it lists last
 * changed for the public caching filter, which adds the ETag, Last-Modified, Cache-Control and the 304s as on
 * every public response ({@link org.newsroom.cms.web.cache.PublicCaching}).
 */
final class SiteResponses {

    private SiteResponses() {
    }

    /** A document as it goes out: its bytes, media type (with charset) and when what it lists last changed. */
    record Document(byte[] body, String contentType, Instant lastModified) {

        static Document text(String text, String contentType, Instant lastModified) {
            return new Document(text.getBytes(StandardCharsets.UTF_8), contentType, lastModified);
        }
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Document document) throws IOException {
        CacheHints.lastModified(request, document.lastModified());
        response.setContentType(document.contentType());
        response.setContentLength(document.body().length);
        response.getOutputStream().write(document.body());
    }
}
