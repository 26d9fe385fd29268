package org.newsroom.cms.web.cache;

import java.time.Instant;

import jakarta.servlet.ServletRequest;

/**
 * What a public route may tell the caching filter ({@link PublicCaching}) about its response, as a request
 * attribute, so it need not set any caching header itself: when the content last changed. A route of a
 * single item passes that item's time (an article: its last publication or correction); a list passes its
 * newest item's time. Plugins, which cannot name this class, set a {@code Last-Modified} header instead.
 */
public final class CacheHints {

    /** Request attribute holding an {@link Instant}. */
    public static final String LAST_MODIFIED = CacheHints.class.getName() + ".lastModified";

    private CacheHints() {
    }

    /** The content of this response last changed at {@code at} (null: not known). */
    public static void lastModified(ServletRequest request, Instant at) {
        if (at != null) {
            request.setAttribute(LAST_MODIFIED, at);
        }
    }
}
