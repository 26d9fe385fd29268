package org.newsroom.cms.web.cache;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.web.security.SecurityHeaders;
import org.newsroom.cms.web.security.TrustedProxies;
import org.newsroom.cms.web.monitoring.CmsMetrics;
import org.newsroom.cms.web.site.SiteViews;

/**
 * The fast read path: answers an anonymous GET or HEAD of a published article's JSON, ninjs or page
 * ({@link ReadCacheKey}) from {@link PublicReadCache}, before JAX-RS, the site servlet and every other filter
 * (it is the first filter in web.xml), so a hit touches no database. A hit is sent exactly as the miss went
 * out, with the same ETag, Last-Modified and Cache-Control, and answered 304 by the same rules as
 * {@link PublicCaching}. A miss runs the chain as usual and keeps a copy of a cacheable 200. Every answer of a
 * cacheable address says {@code X-Cache: HIT} or {@code MISS}.
 */
public class PublicReadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String X_CACHE = "X-Cache";
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String IF_MODIFIED_SINCE = "If-Modified-Since";

    @Inject
    transient PublicReadCache cache;
    @Inject
    transient Clock clock;
    @Inject
    transient TrustedProxies proxies;
    @Inject
    transient SiteSettings site;
    @Inject
    transient CmsMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        ReadCacheKey key = (head || "GET".equals(method)) && cache.enabled() && anonymous(request) ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedResponse hit = cache.get(key);
        if (hit != null) {
            metrics.cacheHit();
            send(hit, request, response, head, "HIT");
            return;
        }
        metrics.cacheMiss();
        response.setHeader(X_CACHE, "MISS");
        if (head) { // PublicCaching writes no body for a HEAD: nothing to keep
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        if (key.kind() != ReadCacheKey.Kind.LIST
                && (request.getHeader(IF_NONE_MATCH) != null || request.getHeader(IF_MODIFIED_SINCE) != null)) {
            // an article revalidated (by a CDN, a browser): render the whole 200 unseen, keep it, then answer the
            // condition from it, so the origin's cache fills even when every request is conditional (a list,
            // which may be a picture that is not kept, goes the plain way: the route answers the condition)
            CapturingResponse held = CapturingResponse.holding(response);
            chain.doFilter(new Unconditional(request), held);
            CachedResponse kept = keepable(key, held, request);
            if (kept == null) {
                held.release();
                return;
            }
            cache.put(key, kept, generation);
            response.reset();
            send(kept, request, response, false, "MISS");
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        CachedResponse kept = keepable(key, capture, request);
        if (kept != null) {
            cache.put(key, kept, generation);
        }
    }

    /**
     * What may be kept of the response: a list's time is when it was made (every public change drops it), an
     * article's must be known.
     */
    private static CachedResponse keepable(ReadCacheKey key, CapturingResponse response, HttpServletRequest request) {
        boolean list = key.kind() == ReadCacheKey.Kind.LIST;
        boolean timed = request.getAttribute(CacheHints.LAST_MODIFIED) != null;
        CachedResponse kept = response.captured(list || timed);
        if (kept == null) { // pictures among them: never copied (CapturingResponse)
            return null;
        }
        // a route that told no time: its Last-Modified is only when it was made, and a date alone never gets a 304
        return timed ? kept : new CachedResponse(kept.body(), kept.contentType(), kept.headers(), kept.etag(), null);
    }

    private ReadCacheKey key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        String origin = site.baseUrl(SiteViews.requestBase(request)).toString();
        ReadCacheKey article = ReadCacheKey.of(path, query, accept, origin);
        return article != null ? article
                : ReadCacheKey.list(path, query, accept, request.getHeader("Accept-Language"), origin);
    }

    private void send(CachedResponse hit, HttpServletRequest request, HttpServletResponse response, boolean head,
                      String cacheState) throws IOException {
        response.setHeader(X_CACHE, cacheState);
        if (hit.contentType() != null) {
            response.setContentType(hit.contentType());
        }
        for (CachedResponse.Header h : hit.headers()) {
            response.addHeader(h.name(), h.value());
        }
        if (proxies.overTls(request)) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
        }
        String ifNoneMatch = request.getHeader(IF_NONE_MATCH);
        boolean current = ifNoneMatch != null ? Conditional.noneMatchFails(ifNoneMatch, hit.etag())
                : Conditional.notModifiedSince(request.getHeader(IF_MODIFIED_SINCE), hit.lastModified(),
                        clock.instant());
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(hit.body().length);
        if (!head) {
            response.getOutputStream().write(hit.body());
        }
    }

    /** No credentials and no session: what everyone is sent. */
    private static boolean anonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        String cookies = request.getHeader("Cookie");
        return cookies == null || !cookies.contains("JSESSIONID");
    }

    /** The request without its conditions, so the route renders the whole 200. */
    private static final class Unconditional extends HttpServletRequestWrapper {
        Unconditional(HttpServletRequest request) {
            super(request);
        }

        private static boolean condition(String name) {
            return IF_NONE_MATCH.equalsIgnoreCase(name) || IF_MODIFIED_SINCE.equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return condition(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return condition(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return condition(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !condition(n)).toList());
        }
    }
}
