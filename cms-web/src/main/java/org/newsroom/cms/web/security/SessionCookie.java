package org.newsroom.cms.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The newsroom session cookie: the session's random token, HttpOnly (no script reads it), SameSite=Lax (not
 * sent on cross-site posts), Secure when the request came over TLS (directly or through a trusted proxy),
 * for the whole host so the UI's calls to {@code /api} carry it too. No Max-Age: the server's idle timeout
 * ends the session, and closing the browser forgets the cookie.
 */
public final class SessionCookie {

    public static final String NAME = "cms_session";

    private SessionCookie() {
    }

    public static String read(HttpServletRequest request) {
        return value(request, NAME);
    }

    /** The value of a cookie of the request, or null. */
    public static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, TrustedProxies proxies,
                             String token) {
        set(request, response, proxies, NAME, token, -1);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, TrustedProxies proxies) {
        set(request, response, proxies, NAME, "", 0);
    }

    /** Sets a cookie with the newsroom's attributes; {@code maxAge} -1 for a browser-session cookie, 0 to delete. */
    public static void set(HttpServletRequest request, HttpServletResponse response, TrustedProxies proxies,
                           String name, String value, int maxAge) {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAge >= 0) {
            header.append("; Max-Age=").append(maxAge);
        }
        if (proxies.overTls(request)) {
            header.append("; Secure");
        }
        response.addHeader("Set-Cookie", header.toString());
    }
}
