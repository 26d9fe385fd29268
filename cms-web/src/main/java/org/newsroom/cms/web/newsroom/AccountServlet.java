package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.web.security.SessionCookie;
import org.newsroom.cms.web.security.TrustedProxies;

/**
 * The signed-in user's own pages: the profile ({@code GET /newsroom/profile}), signing out of this browser
 * ({@code POST /newsroom/logout}) and out of every browser ({@code POST /newsroom/profile/sign-out-everywhere}).
 */
@WebServlet(urlPatterns = {"/newsroom/profile", "/newsroom/logout", "/newsroom/profile/sign-out-everywhere"})
public class AccountServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;

    /** The profile's model. */
    public record ProfileView(String username, String displayName, List<Role> roles, long idleMinutes, String notice) {
    }

    @Inject
    transient SessionService sessions;
    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals("/newsroom/profile")) {
            response.setHeader("Allow", "POST");
            error(request, response, 405, "error.method", pages.texts(request).t("error.method.detail"));
            return;
        }
        PageContext page = page(request);
        render(response, "profile", page, new ProfileView(page.viewer().username(), page.viewer().displayName(),
                actor().roles().stream().sorted().toList(), sessions.idleTimeout().toMinutes(), null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/newsroom/logout")) {
            sessions.end(SessionCookie.read(request));
        } else if (request.getServletPath().equals("/newsroom/profile/sign-out-everywhere")) {
            sessions.endAll(actor());
        } else {
            response.setHeader("Allow", "GET");
            error(request, response, 405, "error.method", pages.texts(request).t("error.method.detail"));
            return;
        }
        SessionCookie.clear(request, response, proxies);
        seeOther(response, "/newsroom/login");
    }
}
