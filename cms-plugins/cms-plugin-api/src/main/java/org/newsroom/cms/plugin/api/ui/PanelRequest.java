package org.newsroom.cms.plugin.api.ui;

import java.util.Locale;
import java.util.Objects;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;

/**
 * What a panel is rendered for.
 *
 * @param screen   the editor or the review screen
 * @param article  the article's working copy
 * @param caller   the signed-in user (display name, language, roles)
 * @param locale   the UI's language: render the panel's texts in it
 * @param csrf     the session's CSRF token, for the {@code _csrf} field of a plain form (htmx requests carry it
 *                 in a header already)
 * @param editable whether the user may change the article here and now (their role, its status, nobody else
 *                 holding its edit lock): show controls only then
 * @param routes   the plugin's fragment routes
 */
public record PanelRequest(Screen screen, ArticleSnapshot article, Caller caller, Locale locale, String csrf,
                           boolean editable, PanelRoutes routes) {

    /** Where a panel is shown. */
    public enum Screen { EDITOR, REVIEW }

    public PanelRequest {
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(routes, "routes");
    }
}
