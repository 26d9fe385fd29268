package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.newsroom.cms.core.plugin.HostServices;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ui.Fragment;
import org.newsroom.cms.plugin.api.ui.FragmentRequest;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.Upload;
import org.newsroom.cms.web.rest.PluginUnitOfWork;

/**
 * Mounts the plugins' fragment routes ({@link NewsroomPanel#handle}) at {@code /newsroom/plugins/<id>/…} and
 * {@code /newsroom/plugins/<id>/articles/<article-id>/…}, behind the newsroom session and its CSRF check (the
 * authentication mechanism's, as for every newsroom page). One request, one transaction, committed on a success
 * and rolled back on an error answer. A plugin's refusal ({@link PluginException}) comes back as an alert that
 * htmx shows in the panel's alert area; an unknown or disabled plugin is a 404.
 */
@WebServlet("/newsroom/plugins/*")
@MultipartConfig(maxFileSize = PluginFragmentServlet.MAX_FILE_BYTES, maxRequestSize = 4 * PluginFragmentServlet.MAX_FILE_BYTES)
public class PluginFragmentServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PluginFragmentServlet.class.getName());

    /** The largest file a panel may receive (a plugin applies its own, smaller limit). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    @Inject
    transient PluginRegistry registry;
    @Inject
    transient HostServices host;
    @Inject
    transient PluginUnitOfWork unitOfWork;

    /** The address split: plugin id, article id (or null) and the rest of the path. */
    private record Address(String pluginId, UUID articleId, String path) {

        static Optional<Address> of(String pathInfo) {
            if (pathInfo == null) {
                return Optional.empty();
            }
            String[] parts = pathInfo.substring(1).split("/", -1);
            if (parts.length >= 3 && "articles".equals(parts[1])) {
                UUID id;
                try {
                    id = UUID.fromString(parts[2]);
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                return Optional.of(new Address(parts[0], id, String.join("/", Arrays.copyOfRange(parts, 3, parts.length))));
            }
            return Optional.of(new Address(parts[0], null, String.join("/", Arrays.copyOfRange(parts, 1, parts.length))));
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String method = request.getMethod();
        if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
            super.service(request, response);
            return;
        }
        Optional<Address> address = Address.of(request.getPathInfo());
        Optional<NewsroomPanel> panel = address.flatMap(a -> registry.active(NewsroomPanel.class).stream()
                .filter(p -> p.pluginId().equals(a.pluginId())).map(PluginRegistry.Active::extension).findFirst());
        Optional<Caller> caller = host.caller();
        if (panel.isEmpty() || caller.isEmpty()) {
            write(response, 404, "", Map.of());
            return;
        }
        Address a = address.get();
        Optional<ArticleSnapshot> article = a.articleId() == null ? Optional.empty() : host.find(a.articleId());
        if (a.articleId() != null && article.isEmpty()) {
            write(response, 404, "", Map.of());
            return;
        }
        List<Upload> uploads;
        try {
            uploads = uploads(request);
        } catch (IllegalStateException tooLarge) {
            write(response, 413, alert(pages.texts(request).t("panel.tooLarge",
                    MAX_FILE_BYTES / (1024 * 1024))), Map.of("HX-Retarget", "#panel-" + a.pluginId() + "-alert"));
            return;
        }
        FragmentRequest fragmentRequest = new FragmentRequest(method, a.path(), article, parameters(request), uploads,
                caller.get(), Pages.locale(request), pages.csrf(request), new PanelRoutes(a.pluginId(), a.articleId()));
        Fragment answer;
        unitOfWork.begin(request);
        try {
            answer = panel.get().handle(fragmentRequest);
            unitOfWork.end(request, answer.status());
        } catch (PluginException e) {
            unitOfWork.end(request, e.status());
            answer = refusal(a.pluginId(), e);
        } catch (RuntimeException e) {
            unitOfWork.abandon(request);
            LOG.log(Level.WARNING, "Plugin " + a.pluginId() + " failed on " + method + " " + request.getRequestURI(), e);
            answer = refusal(a.pluginId(), PluginException.of(500, "plugin-failure", "Plugin failure",
                    pages.texts(request).t("panel.failed")));
        }
        write(response, answer.status(), answer.html(), answer.headers());
    }

    /** A refusal as an alert in the panel's alert area ({@code #panel-<id>-alert}), whatever the request targeted. */
    private static Fragment refusal(String pluginId, PluginException e) {
        String text = e.detail() == null ? e.title() : e.detail();
        if (!e.errors().isEmpty()) {
            text = String.join(" ", e.errors().stream().map(FieldError::message).toList());
        }
        return Fragment.status(e.status(), alert(text))
                .withHeader("HX-Retarget", "#panel-" + pluginId + "-alert")
                .withHeader("HX-Reswap", "innerHTML");
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        return params;
    }

    private static List<Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return List.of();
        }
        List<Upload> uploads = new ArrayList<>();
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() != null && part.getSize() > 0) {
                uploads.add(new Upload(part.getName(), part.getSubmittedFileName(), part.getContentType(),
                        part.getSize(), part::getInputStream));
            }
        }
        return uploads;
    }

    private static void write(HttpServletResponse response, int status, String html, Map<String, String> headers)
            throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** A one-paragraph alert, escaped. */
    private static String alert(String text) {
        StringOutput out = new StringOutput();
        out.writeContent("<p>");
        Escape.htmlContent(text, out);
        out.writeContent("</p>");
        return out.toString();
    }
}
