package org.newsroom.cms.plugin.api.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;

/**
 * A request to one of a plugin's fragment routes.
 *
 * @param method   {@code GET}, {@code POST}, {@code PUT} or {@code DELETE} (the host has checked the CSRF token of
 *                 every unsafe one)
 * @param path     the path after {@code /newsroom/plugins/<plugin-id>/} or, for an article route, after
 *                 {@code …/articles/<article-id>/}; never starts with a slash
 * @param article  the article's working copy for an article route (the host answered 404 for an unknown one);
 *                 check {@code ArticleAccess.mayEdit} before changing anything of it
 * @param params   query and form parameters, in order
 * @param uploads  the files of a {@code multipart/form-data} post
 * @param caller   the signed-in user
 * @param locale   the UI's language
 * @param csrf     the session's CSRF token, for forms in the answer
 * @param routes   the plugin's routes (article-scoped ones for {@code article})
 */
public record FragmentRequest(String method, String path, Optional<ArticleSnapshot> article,
                              Map<String, List<String>> params, List<Upload> uploads, Caller caller, Locale locale,
                              String csrf, PanelRoutes routes) {

    public FragmentRequest {
        params = Map.copyOf(params);
        uploads = List.copyOf(uploads);
    }

    /** The first value of a parameter, stripped; null when absent or blank. */
    public String param(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    /** Every value of a parameter (e.g. a list's order), empty when absent. */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    public boolean isGet() {
        return "GET".equals(method);
    }

    /** Whether this is {@code method} to exactly {@code path}. */
    public boolean is(String method, String path) {
        return this.method.equals(method) && this.path.equals(path);
    }
}
