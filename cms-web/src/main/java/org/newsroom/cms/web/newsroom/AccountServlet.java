package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.ProfileService;
import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.web.security.SessionCookie;
import org.newsroom.cms.web.security.TrustedProxies;

/**
 * The signed-in user's own pages: the profile ({@code GET /newsroom/profile}) and its form (display name, UI
 * language, password with the current one: {@code POST /newsroom/profile}, the same rules as
 * {@code PUT /api/me}), signing out of this browser ({@code POST /newsroom/logout}) and out of every browser
 * ({@code POST /newsroom/profile/sign-out-everywhere}).
 */
@WebServlet(urlPatterns = {"/newsroom/profile", "/newsroom/logout", "/newsroom/profile/sign-out-everywhere"})
public class AccountServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    /**
     * The profile's model: the account, the form as typed when refused ({@code displayName}, {@code language})
     * and each refusal by field; {@code notice} a message key after a save.
     */
    public record ProfileView(String username, String displayName, List<Role> roles, long idleMinutes, String notice,
                              String language, Map<String, String> errors) {
    }

    @Inject
    transient SessionService sessions;
    @Inject
    transient UserService users;
    @Inject
    transient ProfileService profiles;
    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals("/newsroom/profile")) {
            response.setHeader("Allow", "POST");
            error(request, response, 405, "error.method", pages.texts(request).t("error.method.detail"));
            return;
        }
        User user = users.get(actor().username());
        String notice = "1".equals(request.getParameter("saved")) ? "profile.saved"
                : "1".equals(request.getParameter("password")) ? "profile.passwordSaved" : null;
        show(request, response, 200, user.getDisplayName(), user.getUiLanguage(), notice, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/newsroom/profile" -> {
                save(request, response);
                return;
            }
            case "/newsroom/logout" -> sessions.end(SessionCookie.read(request));
            case "/newsroom/profile/sign-out-everywhere" -> sessions.endAll(actor());
            default -> {
                response.setHeader("Allow", "GET");
                error(request, response, 405, "error.method", pages.texts(request).t("error.method.detail"));
                return;
            }
        }
        SessionCookie.clear(request, response, proxies);
        seeOther(response, "/newsroom/login");
    }

    private void save(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String displayName = request.getParameter("displayName");
        String language = request.getParameter("language");
        String current = request.getParameter("currentPassword");
        String next = request.getParameter("newPassword");
        boolean changesPassword = next != null && !next.isEmpty();
        try {
            profiles.update(actor(), new ProfileService.ProfileChange(displayName, language,
                    changesPassword ? current : null, changesPassword ? next : null), SessionCookie.read(request));
        } catch (ValidationException e) {
            Texts t = pages.texts(request);
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors(t.locale()).forEach(f -> errors.putIfAbsent(f.field(), t.t("profile.error." + f.field())));
            show(request, response, 422, displayName, language, null, errors);
            return;
        }
        if (language != null) {
            // this browser follows the choice at once, whatever it chose in the footer before
            SessionCookie.set(request, response, proxies, Pages.LANGUAGE_COOKIE, language, language.isEmpty() ? 0
                    : ONE_YEAR);
        }
        seeOther(response, "/newsroom/profile?" + (changesPassword ? "password=1" : "saved=1"));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String displayName,
                      String language, String notice, Map<String, String> errors) throws IOException {
        PageContext page = page(request);
        pages.render(response, status, "profile", page, new ProfileView(page.viewer().username(), displayName,
                actor().roles().stream().sorted().toList(), sessions.idleTimeout().toMinutes(), notice,
                language == null ? "" : language, errors));
    }
}
