package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.AuditService;
import org.newsroom.cms.core.application.AuditService.AuditFilter;
import org.newsroom.cms.core.application.AuditService.AuditItem;
import org.newsroom.cms.core.application.AuditService.AuditPage;
import org.newsroom.cms.core.application.MalformedInputException;

/**
 * {@code /newsroom/admin/audit}: the one audit trail (articles, users, plugins), newest first, filtered by
 * actor, type and time like {@code GET /api/admin/audit}, with an "older" link that carries the cursor. A filter
 * that cannot be read comes back with its message beside the field.
 */
@WebServlet("/newsroom/admin/audit")
public class AdminAuditServlet extends AdminServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    /** The page: the filters as typed, the events, the link to older ones, and a refused filter's message. */
    public record AuditView(Map<String, String> filter, List<Entry> items, String older, String errorField,
                            String errorMessage, boolean first) {
    }

    /** One event as the table shows it; {@code details} as "key: value" lines. */
    public record Entry(AuditItem item, List<String> details) {
    }

    @Inject
    transient AuditService audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> filter = new java.util.LinkedHashMap<>();
        for (String name : List.of("actor", "type", "from", "to")) {
            filter.put(name, param(request, name).strip());
        }
        String after = request.getParameter("after");
        AuditPage found;
        try {
            found = audit.search(new AuditFilter(filter.get("actor"), filter.get("type"), filter.get("from"),
                    filter.get("to"), after, PAGE));
        } catch (MalformedInputException e) {
            pages.render(response, 400, "admin-audit", page(request), new AuditView(filter, List.of(), null,
                    e.field(), pages.texts(request).t("admin.audit.error." + e.field()), after == null));
            return;
        }
        List<Entry> items = found.items().stream().map(i -> new Entry(i, details(i))).toList();
        String older = null;
        if (found.next() != null) {
            List<String> query = new java.util.ArrayList<>();
            filter.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            query.add("after=" + found.next());
            older = "/newsroom/admin/audit?" + String.join("&", query);
        }
        render(response, "admin-audit", page(request), new AuditView(filter, items, older, null, null,
                after == null || after.isBlank()));
    }

    private static List<String> details(AuditItem item) {
        List<String> lines = new java.util.ArrayList<>();
        if (item.from() != null || item.to() != null) {
            lines.add((item.from() == null ? "" : item.from().name()) + " → " + (item.to() == null ? "" : item.to().name()));
        }
        item.details().forEach((k, v) -> lines.add(k + ": " + v));
        if (item.comment() != null && !item.comment().isBlank()) {
            lines.add(item.comment());
        }
        return lines;
    }
}
