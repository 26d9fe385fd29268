package org.newsroom.cms.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.infrastructure.html.Embeds;

/**
 * Security headers on every response the application makes, error pages and refused sign-ins included:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: browsers take the declared type, never a guessed one;</li>
 * <li>{@code Referrer-Policy: no-referrer}: newsroom addresses (article ids, drafts) never leak to other sites;</li>
 * <li>{@code Content-Security-Policy}: for the API documentation page (Swagger UI, {@code /api/docs/}) only
 * its own scripts, styles and images ({@value #DOCS_POLICY}); for the newsroom UI {@value #NEWSROOM_POLICY};
 * for the public site {@link #SITE_POLICY}; for the API, which is data and
 * never a page, nothing at all may load or run ({@value #API_POLICY}). All forbid framing
 * ({@code frame-ancestors 'none'}).</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS, directly or through a trusted
 * proxy saying {@code X-Forwarded-Proto: https} ({@link TrustedProxies}).</li>
 * </ul>
 * Set before the application writes anything, so a resource or error page may still change them.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    /**
     * Swagger UI under this policy shows no CSP violation in Chromium; the one hash is the {@code <style>}
     * inside the UI's top-bar logo (swagger-ui 5.x standalone preset), so the logo keeps its colours.
     */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /**
     * The newsroom UI: its own scripts, styles, images and API calls only, no inline script or style at all
     * (templates carry none, so no nonce is needed), forms only to itself, never framed.
     */
    static final String NEWSROOM_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    /**
     * The public site: its own styles, images from anywhere over https (a configured logo, photos behind a
     * CDN), frames only from the embed providers' players ({@link Embeds#frameSources()}), no script at all
     * (pages are readable without JavaScript; JSON-LD is data, not run), forms only to itself, never framed.
     */
    public static final String SITE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data: https:; "
            + "frame-src " + String.join(" ", Embeds.frameSources()) + "; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    public static final String HSTS = "max-age=31536000";
    static final String NEWSROOM = "/newsroom";
    static final String DOCS = "/api/docs/";

    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response, proxies);
        chain.doFilter(request, response);
    }

    /** The API, its document and the problem endpoint answer data, never a page. */
    static boolean isData(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/problem/");
    }

    /** Sets the headers; also used where a response is made before any filter runs (refused sign-ins). */
    static void apply(HttpServletRequest request, HttpServletResponse response, TrustedProxies proxies) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", path.startsWith(DOCS) ? DOCS_POLICY
                : path.startsWith(NEWSROOM) || path.startsWith("/webjars/") ? NEWSROOM_POLICY
                : isData(path) ? API_POLICY : SITE_POLICY);
        if (proxies != null && proxies.overTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
