package org.newsroom.cms.web.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.CdnSettings;

/**
 * HTTP caching for every public response, so no route has to remember it: the site's pages, feeds, sitemaps,
 * robots.txt and {@code /api/public/**} (core's and plugins'); not the newsroom, its API or the API docs. A
 * GET or HEAD is run through with its body held back ({@link BufferedResponse}); a 200 then gets
 * <ul>
 * <li>{@code ETag}: the route's if it set one, else a strong tag hashed from the bytes;</li>
 * <li>{@code Last-Modified}: the time the route gave {@link CacheHints#lastModified} (an item's last change,
 * a list's newest item), else the route's own header; else the response time, and then
 * {@code If-Modified-Since} is not answered with 304 (nothing says the content is older);</li>
 * <li>{@code Cache-Control} by {@link Conditional#cacheControl} ({@code max-age=0, must-revalidate,
 * s-maxage=}{@code CMS_CDN_MAX_AGE});</li>
 * <li>{@code 304 Not Modified} when {@code If-None-Match} names the tag (weak comparison, lists, {@code *}),
 * or, only when no {@code If-None-Match} is sent, when {@code If-Modified-Since} is not older than
 * Last-Modified (to the second).</li>
 * </ul>
 * Other statuses keep their body and get {@code max-age=0, must-revalidate}. A response marked
 * {@code no-store} or {@code private} (previews) goes out exactly as the route made it. HEAD is answered as
 * the GET would be, headers and all, without the body.
 */
@WebFilter(urlPatterns = "/*")
public class PublicCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CdnSettings settings;
    @Inject
    transient Clock clock;
    @Inject
    transient PublicReadCache changes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!(head || "GET".equals(method)) || !PublicPaths.isPublic(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse held = new BufferedResponse(response, this::headersForPassThrough);
        // a HEAD runs as the GET it stands for, so its validators are those of the GET's bytes
        chain.doFilter(head ? new AsGet(request) : request, held);
        if (held.passedThrough()) {
            held.flushBuffer();
            return;
        }
        finish(request, response, held.body(), head);
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, byte[] body, boolean head)
            throws IOException {
        int status = response.getStatus();
        String routeCache = joined(response.getHeaders("Cache-Control"));
        if (!Conditional.personal(routeCache)) {
            response.setHeader("Cache-Control", Conditional.cacheControl(status, response.getContentType(), routeCache,
                    settings.sharedMaxAge()));
            if (PublicPaths.isApi(path(request)) && response.getHeader("Vary") == null) {
                response.setHeader("Vary", "Accept"); // one URL, several documents by content negotiation
            }
            if (status == HttpServletResponse.SC_OK && validated(request, response, body)) {
                return;
            }
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** Sets the validators of a 200; answers 304 (and returns true) when the client's copy is current. */
    private boolean validated(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        String etag = response.getHeader("ETag");
        if (etag == null) {
            etag = Conditional.strongTag(body);
            response.setHeader("ETag", etag);
        }
        Instant now = clock.instant();
        Instant lastModified = lastModified(request, response, now);
        if (lastModified != null) { // told by a header: the read cache keeps only responses whose time is known
            request.setAttribute(CacheHints.LAST_MODIFIED, lastModified);
        }
        response.setHeader("Last-Modified", Conditional.formatDate(lastModified == null ? now : lastModified));
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current = ifNoneMatch != null ? Conditional.noneMatchFails(ifNoneMatch, etag)
                : Conditional.notModifiedSince(request.getHeader("If-Modified-Since"), lastModified, now);
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
        }
        return current;
    }

    /**
     * The content's time as the route told it (attribute, then header), but never older than the last public
     * change this node heard of ({@link PublicReadCache#lastChange}: what the route's time cannot see, a tag
     * added, a story gone from a list) and never later than now; null when the route told nothing.
     */
    private Instant lastModified(HttpServletRequest request, HttpServletResponse response, Instant now) {
        Instant at = request.getAttribute(CacheHints.LAST_MODIFIED) instanceof Instant told ? told : null;
        if (at == null && response.getHeader("Last-Modified") != null) {
            at = Conditional.parseDate(response.getHeader("Last-Modified"));
        }
        if (at == null) {
            return null;
        }
        Instant changed = changes.lastChange();
        if (changed != null && changed.isAfter(at)) {
            at = changed;
        }
        return at.isAfter(now) ? now : at;
    }

    /** A body too large to hold, or an answer the container makes itself, still gets its Cache-Control. */
    private void headersForPassThrough(BufferedResponse response) {
        String routeCache = joined(response.getHeaders("Cache-Control"));
        if (!Conditional.personal(routeCache)) {
            response.setHeader("Cache-Control", Conditional.cacheControl(response.getStatus(),
                    response.getContentType(), routeCache, settings.sharedMaxAge()));
        }
    }

    private static String joined(Collection<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request of a HEAD, as the GET it stands for. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
