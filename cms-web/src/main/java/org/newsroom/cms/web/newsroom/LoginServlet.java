package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.web.security.SessionCookie;
import org.newsroom.cms.web.security.SignIn;
import org.newsroom.cms.web.security.TrustedProxies;

/**
 * The sign-in form ({@code /newsroom/login}): the same accounts, password check and throttling as the API's
 * HTTP Basic ({@link SignIn}); success starts a session in the database and goes back to the page asked for.
 * <p>
 * The form itself is protected from cross-site posting (login CSRF) by a double-submit token: a random value
 * in a cookie and the same in a hidden field.
 */
@WebServlet("/newsroom/login")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String LOGIN_CSRF_COOKIE = "cms_login_csrf";

    /** The form's model; {@code errorKey} names the message to show, if any. */
    public record LoginForm(String username, String next, String errorKey, String csrf) {
    }

    private final SecureRandom random = new SecureRandom();

    @Inject
    transient Pages pages;
    @Inject
    transient SignIn signIn;
    @Inject
    transient SessionService sessions;
    @Inject
    transient UserService users;
    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, 200, "", next(request.getParameter("next")), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username") == null ? "" : request.getParameter("username").strip();
        String password = request.getParameter("password");
        String next = next(request.getParameter("next"));
        String cookie = SessionCookie.value(request, LOGIN_CSRF_COOKIE);
        String field = request.getParameter("_csrf");
        if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            show(request, response, 403, username, next, "login.error.stale");
            return;
        }
        if (username.isEmpty() || password == null || password.isEmpty() || username.length() > 64
                || password.length() > 1024 || username.chars().anyMatch(c -> c < 0x20)) {
            show(request, response, 400, username, next, "login.error.missing");
            return;
        }
        SignIn.Outcome outcome = signIn.check(request, username, password);
        if (outcome.throttled()) {
            response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
            show(request, response, 429, username, next, "login.error.throttled");
            return;
        }
        if (!outcome.valid()) {
            show(request, response, 401, username, next, "login.error.wrong");
            return;
        }
        SessionService.Started started = sessions.start(users.get(outcome.result().getCallerPrincipal().getName()));
        SessionCookie.set(request, response, proxies, LOGIN_CSRF_COOKIE, "", 0);
        SessionCookie.write(request, response, proxies, started.token());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", next);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String username,
                      String next, String errorKey) throws IOException {
        String csrf = SessionCookie.value(request, LOGIN_CSRF_COOKIE);
        if (csrf == null || csrf.length() != 43) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            SessionCookie.set(request, response, proxies, LOGIN_CSRF_COOKIE, csrf, -1);
        }
        pages.render(response, status, "login", pages.anonymous(request), new LoginForm(username, next, errorKey, csrf));
    }

    /** Where to go after signing in: a newsroom page of this site only (never another host). */
    static String next(String asked) {
        if (asked != null && asked.startsWith("/newsroom") && !asked.startsWith("//") && !asked.contains("\\")
                && asked.length() < 2000 && asked.chars().noneMatch(c -> c < 0x20)
                && !asked.startsWith("/newsroom/login")) {
            return asked;
        }
        return "/newsroom/";
    }
}
