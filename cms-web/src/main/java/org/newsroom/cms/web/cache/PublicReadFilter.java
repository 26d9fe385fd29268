package org.newsroom.cms.web.cache;

import java.io.IOException;
import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
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
        ReadCacheKey key = (head || "GET".equals(method)) && cache.enabled() && anonymous(request)
                ? ReadCacheKey.of(request.getRequestURI().substring(request.getContextPath().length()),
                        request.getQueryString(), request.getHeader("Accept"),
                        site.baseUrl(SiteViews.requestBase(request)).toString())
                : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedResponse hit = cache.get(key);
        if (hit != null) {
            metrics.cacheHit();
            send(hit, request, response, head);
            return;
        }
        metrics.cacheMiss();
        response.setHeader(X_CACHE, "MISS");
        if (head) { // PublicCaching writes no body for a HEAD: nothing to keep
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        CachedResponse kept = capture.captured(request.getAttribute(CacheHints.LAST_MODIFIED) != null);
        if (kept != null) {
            cache.put(key, kept, generation);
        }
    }

    private void send(CachedResponse hit, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        response.setHeader(X_CACHE, "HIT");
        if (hit.contentType() != null) {
            response.setContentType(hit.contentType());
        }
        for (CachedResponse.Header h : hit.headers()) {
            response.addHeader(h.name(), h.value());
        }
        if (proxies.overTls(request)) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current = ifNoneMatch != null ? Conditional.noneMatchFails(ifNoneMatch, hit.etag())
                : Conditional.notModifiedSince(request.getHeader("If-Modified-Since"), hit.lastModified(),
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
}
