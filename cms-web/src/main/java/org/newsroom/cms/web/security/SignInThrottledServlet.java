package org.newsroom.cms.web.security;

import java.io.IOException;

import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.errorpages.Problem;

/**
 * The 429 problem+json of a throttled sign-in, forwarded to by {@link CmsAuthenticationMechanism} with the
 * seconds to wait; asked for directly it is a 404.
 */
@WebServlet("/problem/sign-in-throttled")
public class SignInThrottledServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER = "org.newsroom.cms.auth.retry-after";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object retryAfter = request.getAttribute(RETRY_AFTER);
        if (!(retryAfter instanceof Long seconds)) {
            Problem.write(response, 404, "not-found", "Not found", Problem.NOTHING_HERE, null);
            return;
        }
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        Problem.write(response, 429, "sign-in-throttled", "Too many failed sign-ins", "Too many failed sign-ins "
                + "for this account or from this address: sign-in is paused. Try again in " + seconds + " s; an admin "
                + "can lift an account's lock sooner.", Map.of("retryAfter", seconds));
    }
}
