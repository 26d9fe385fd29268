package org.newsroom.cms.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The 429 problem+json of a throttled sign-in, forwarded to by {@link ApiAuthenticationMechanism} with the
 * seconds to wait; asked for directly it is a 404.
 */
@WebServlet("/problem/sign-in-throttled")
public class SignInThrottledServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER = "org.newsroom.cms.auth.retry-after";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object retryAfter = request.getAttribute(RETRY_AFTER);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (!(retryAfter instanceof Long seconds)) {
            response.setStatus(404);
            response.getWriter().write("{\"type\":\"urn:newsroom-cms:problem:not-found\",\"title\":\"Not found\","
                    + "\"status\":404,\"detail\":\"Nothing at this address. The API lives under /api; /openapi describes it.\"}");
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"type\":\"urn:newsroom-cms:problem:sign-in-throttled\","
                + "\"title\":\"Too many failed sign-ins\",\"status\":429,\"detail\":\"Too many failed sign-ins for "
                + "this account or from this address: sign-in is paused. Try again in " + seconds + " s; an admin "
                + "can lift an account's lock sooner.\",\"retryAfter\":" + seconds + "}");
    }
}
