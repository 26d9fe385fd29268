package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.plugin.api.FieldError;

/**
 * Base of the admin pages ({@code /newsroom/admin/…}): admins only — anyone else gets the newsroom's 403 page
 * in their language before anything runs — and the small helpers their forms share.
 */
public abstract class AdminServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null && !actor().has(Role.ADMIN)) {
            error(request, response, 403, "error.forbidden", pages.texts(request).t("admin.forbidden"));
            return;
        }
        super.service(request, response);
    }

    /** The path below the servlet's, split: {@code /hermansyah/roles} → [hermansyah, roles]; [] for none. */
    protected static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return List.of();
        }
        return List.of(info.substring(1).split("/", -1));
    }

    /** The first message per field, for showing each beside its field. */
    protected static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        errors.forEach(e -> out.putIfAbsent(e.field(), e.message()));
        return out;
    }

    protected static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
