package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.ConflictException;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.application.UserInput;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/**
 * {@code /newsroom/admin/users}: the accounts with their roles and state; create one; per account change roles,
 * deactivate or activate, and reset the password (a generated one-time password shown once, or one the admin
 * types). Forms post and are answered with a redirect back (POST-redirect-GET), except a generated password,
 * which is shown on the answer itself and never put in an address.
 */
@WebServlet(urlPatterns = {"/newsroom/admin/users", "/newsroom/admin/users/*"})
public class AdminUsersServlet extends AdminServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/newsroom/admin/users";

    /** The page's model; {@code created} is the form as typed (kept when refused), {@code errors} by field. */
    public record UsersView(List<Row> users, List<Role> roles, Map<String, String> created, Map<String, String> errors,
                            String noticeKey, String noticeUser, String errorMessage, OneTimePassword password) {
    }

    /** One account as the list shows it. */
    public record Row(String username, String displayName, Set<Role> roles, boolean active, String language) {
    }

    /** A generated password, shown once. */
    public record OneTimePassword(String username, String password) {
    }

    @Inject
    transient UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        String notice = request.getParameter("done");
        show(request, response, 200, Map.of(), Map.of(), notice == null || !notice.matches("[a-zA-Z]{1,20}") ? null
                : "admin.users.done." + notice, request.getParameter("user"), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            create(request, response);
            return;
        }
        if (path.size() != 2) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        String username = path.get(0);
        try {
            switch (path.get(1)) {
                case "roles" -> users.changeRoles(actor(), username, roles(request));
                case "deactivate" -> users.deactivate(actor(), username);
                case "activate" -> users.activate(actor(), username);
                case "password" -> {
                    if ("generate".equals(request.getParameter("mode"))) {
                        String generated = users.resetPassword(actor(), username);
                        show(request, response, 200, Map.of(), Map.of(), null, null, null,
                                new OneTimePassword(username, generated));
                        return;
                    }
                    users.changePassword(actor(), username, param(request, "password"));
                }
                default -> {
                    error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
                    return;
                }
            }
        } catch (ValidationException e) {
            show(request, response, 422, Map.of(), Map.of(), null, null,
                    username + ": " + e.errors(pages.texts(request).locale()).get(0).message(), null);
            return;
        } catch (ConflictException e) {
            show(request, response, 409, Map.of(), Map.of(), null, null, e.getMessage(pages.texts(request).locale()),
                    null);
            return;
        } catch (ResourceNotFoundException e) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        seeOther(response, PATH + "?done=" + path.get(1) + "&user=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "#user-" + username);
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> typed = Map.of("username", param(request, "username"),
                "displayName", param(request, "displayName"));
        Texts t = pages.texts(request);
        User user;
        try {
            user = users.create(actor(), new UserInput(param(request, "username").strip(), param(request, "password"),
                    param(request, "displayName"), roles(request)));
        } catch (ValidationException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors(t.locale()).forEach(f -> errors.putIfAbsent(f.field(), t.t("admin.users.error." + f.field())));
            show(request, response, 422, typed, errors, null, null, null, null);
            return;
        } catch (ConflictException e) {
            show(request, response, 409, typed, Map.of("username", t.t("admin.users.error.taken")), null, null, null,
                    null);
            return;
        }
        seeOther(response, PATH + "?done=created&user=" + user.getUsername() + "#user-" + user.getUsername());
    }

    private static Set<Role> roles(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String[] values = request.getParameterValues("roles");
        for (String v : values == null ? new String[0] : values) {
            roles.add(Role.valueOf(v.strip().toUpperCase(Locale.ROOT))); // a forged value: 400 page
        }
        return roles;
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, Map<String, String> created,
                      Map<String, String> errors, String noticeKey, String noticeUser, String errorMessage,
                      OneTimePassword password) throws IOException {
        List<Row> rows = users.list().stream().sorted(java.util.Comparator.comparing(User::getUsername))
                .map(u -> new Row(u.getUsername(), u.getDisplayName(), u.getRoles(), u.isActive(), u.getUiLanguage()))
                .toList();
        pages.render(response, status, "admin-users", page(request), new UsersView(rows, List.of(Role.values()),
                created, errors, noticeKey, noticeUser, errorMessage, password));
    }
}
