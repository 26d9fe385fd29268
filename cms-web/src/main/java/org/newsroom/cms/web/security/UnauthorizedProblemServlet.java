package org.newsroom.cms.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.errorpages.Problem;

/** The 401 error page (web.xml): problem+json with the reason the authentication mechanism left. */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    static final String DETAIL = "org.newsroom.cms.auth.problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        String text = detail == null ? "Sign in: send HTTP Basic credentials of an active newsroom account."
                : detail.toString();
        response.setHeader("WWW-Authenticate", CmsAuthenticationMechanism.CHALLENGE);
        Problem.write(response, 401, "unauthorized", "Sign in required", text, null);
    }
}
