package org.newsroom.cms.web.cache;

import java.time.Instant;
import java.util.List;

/**
 * A public 200 as it went out, kept to be sent again byte for byte: body, content type, the headers the
 * routes and filters set (ETag, Last-Modified, Cache-Control, Vary, Content-Language, security headers), and
 * the content's time, for {@code If-Modified-Since}.
 */
record CachedResponse(byte[] body, String contentType, List<Header> headers, String etag, Instant lastModified) {

    /** One response header; a name may come more than once. */
    record Header(String name, String value) {
    }

    /** Pictures and other bytes (photos keep their own long max-age for browsers and the CDN). */
    static boolean binary(String contentType) {
        String type = contentType == null ? "" : contentType;
        return type.startsWith("image/") || type.startsWith("video/") || type.startsWith("application/octet-stream");
    }

    /** What an entry is charged against the budget: its bytes, its header text and a fixed overhead. */
    int weight() {
        long w = 128L + body.length + 2L * (contentType == null ? 0 : contentType.length());
        for (Header h : headers) {
            w += 32 + 2L * (h.name().length() + h.value().length());
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }
}
