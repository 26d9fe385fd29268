package org.newsroom.cms.plugin.api.ui;

import java.util.UUID;

/**
 * The addresses of a plugin's fragment routes for one page, for {@code hx-get}/{@code hx-post} and form
 * actions: {@code /newsroom/plugins/<plugin-id>/…}, article-scoped ones under {@code …/articles/<id>/…}.
 */
public record PanelRoutes(String pluginId, UUID articleId) {

    /** The base of the plugin's routes: {@code /newsroom/plugins/<plugin-id>}. */
    public String base() {
        return "/newsroom/plugins/" + pluginId;
    }

    /** {@code /newsroom/plugins/<plugin-id>/<path>}. */
    public String plugin(String path) {
        return base() + "/" + path;
    }

    /** {@code /newsroom/plugins/<plugin-id>/articles/<article-id>/<path>} (the page's article). */
    public String article(String path) {
        if (articleId == null) {
            throw new IllegalStateException("No article on this page");
        }
        return base() + "/articles/" + articleId + (path.isEmpty() ? "" : "/" + path);
    }
}
