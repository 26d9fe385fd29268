package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.InvalidConfigException;
import org.newsroom.cms.core.application.PluginAdminService;
import org.newsroom.cms.core.application.PluginAdminService.PluginView;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.plugin.api.ConfigSetting;

/**
 * {@code /newsroom/admin/plugins}: every installed plugin with its state, enable and disable buttons, and a
 * settings form generated from its config metadata (one field per setting: text, number, checkbox, select, or a
 * textarea with one entry per line; labels in the UI language; a secret as an empty password field that keeps
 * the stored value unless something is typed). A refused form comes back with each message beside its field
 * and the values as typed.
 */
@WebServlet(urlPatterns = {"/newsroom/admin/plugins", "/newsroom/admin/plugins/*"})
public class AdminPluginsServlet extends AdminServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/newsroom/admin/plugins";

    /** The page: each plugin, and which one a notice or a refused form is about. */
    public record PluginsView(List<PluginCard> plugins, String noticeKey, String noticePlugin) {
    }

    /**
     * One plugin with its form; {@code refused} when the fields show a refused submission, {@code otherErrors}
     * the refusals that name no field of the form.
     */
    public record PluginCard(String id, String name, String version, String description, boolean enabled,
                             List<Field> fields, boolean refused, List<String> otherErrors) {
    }

    /**
     * One setting as a form field.
     *
     * @param value the text shown (a list one entry per line; empty for a secret)
     * @param hasValue for a secret: whether one is stored (the placeholder says "unchanged")
     */
    public record Field(String key, ConfigSetting.Type type, String label, String help, String value, boolean checked,
                        List<String> allowed, Integer min, Integer max, boolean secret, boolean hasValue,
                        String error) {
    }

    @Inject
    transient PluginAdminService plugins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        String done = request.getParameter("done");
        String key = done != null && List.of("enabled", "disabled", "configured").contains(done)
                ? "admin.plugins.done." + done : null;
        show(request, response, 200, key, request.getParameter("plugin"), null, Map.of(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        String id = path.get(0);
        String done;
        try {
            switch (path.get(1)) {
                case "enable" -> {
                    plugins.enable(actor(), id, true);
                    done = "enabled";
                }
                case "disable" -> {
                    plugins.enable(actor(), id, false);
                    done = "disabled";
                }
                case "config" -> {
                    PluginView plugin = plugins.get(id);
                    Map<String, String> typed = new LinkedHashMap<>();
                    Map<String, Object> values = values(request, plugin.configMetadata(), typed);
                    try {
                        plugins.configure(actor(), id, values, false);
                    } catch (InvalidConfigException e) {
                        show(request, response, 400, null, null, id, typed, byField(e.errors()));
                        return;
                    }
                    done = "configured";
                }
                default -> {
                    error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
                    return;
                }
            }
        } catch (ResourceNotFoundException e) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        seeOther(response, PATH + "?done=" + done + "&plugin=" + id + "#plugin-" + id);
    }

    /** The form's values in the types the settings take; what cannot be read is passed on as typed, to be refused. */
    private static Map<String, Object> values(HttpServletRequest request, List<ConfigSetting> metadata,
                                              Map<String, String> typed) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigSetting s : metadata) {
            String raw = param(request, "cfg." + s.key());
            typed.put(s.key(), s.secret() ? "" : raw);
            switch (s.type()) {
                case BOOL -> {
                    boolean on = request.getParameter("cfg." + s.key()) != null;
                    typed.put(s.key(), String.valueOf(on));
                    values.put(s.key(), on);
                }
                case INT -> {
                    try {
                        values.put(s.key(), raw.isBlank() ? null : Integer.valueOf(raw.strip()));
                    } catch (NumberFormatException e) {
                        values.put(s.key(), raw);
                    }
                }
                case LIST -> values.put(s.key(), raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
                default -> values.put(s.key(), raw);
            }
        }
        return values;
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String noticeKey,
                      String noticePlugin, String refusedId, Map<String, String> typed, Map<String, String> errors)
            throws IOException {
        Texts t = pages.texts(request);
        List<PluginCard> cards = new ArrayList<>();
        for (PluginView p : plugins.list()) {
            boolean refused = p.id().equals(refusedId);
            List<Field> fields = new ArrayList<>();
            for (ConfigSetting s : p.configMetadata()) {
                Object current = p.config().get(s.key());
                String shown = refused ? typed.getOrDefault(s.key(), "") : text(s, current);
                fields.add(new Field(s.key(), s.type(), s.label(t.locale()), s.help(), s.secret() ? "" : shown,
                        s.type() == ConfigSetting.Type.BOOL && Boolean.parseBoolean(shown), s.allowed(), s.min(),
                        s.max(), s.secret(), s.secret() && current != null && !"".equals(current),
                        refused ? errors.get(s.key()) : null));
            }
            List<String> others = refused ? errors.entrySet().stream().filter(e -> p.configMetadata().stream()
                    .noneMatch(c -> c.key().equals(e.getKey()))).map(e -> e.getKey() + ": " + e.getValue()).toList()
                    : List.of();
            cards.add(new PluginCard(p.id(), p.name(), p.version(), p.description(), p.enabled(), fields, refused,
                    others));
        }
        // the notice names the plugin as the page does; an id that is no plugin's shows no notice
        String named = cards.stream().filter(c -> c.id().equals(noticePlugin)).map(PluginCard::name).findFirst()
                .orElse(null);
        pages.render(response, status, "admin-plugins", page(request), new PluginsView(cards,
                named == null ? null : noticeKey, named));
    }

    private static String text(ConfigSetting s, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
