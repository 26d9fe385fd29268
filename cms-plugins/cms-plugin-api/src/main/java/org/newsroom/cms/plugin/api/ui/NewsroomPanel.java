package org.newsroom.cms.plugin.api.ui;

import java.util.Optional;

import org.newsroom.cms.plugin.api.ExtensionPoint;

/**
 * A panel in the newsroom UI: the plugin's part of the article editor and of the review screen, and the
 * fragment routes its controls talk to.
 * <p>
 * {@link #panel} runs in a read-only transaction of its own: a panel that throws is left out of the page (and
 * logged), never spoiling the page or another plugin's panel. {@link #handle} runs in one transaction, committed
 * when the answer is a success (status below 400) and rolled back otherwise, as the plugin's REST calls are.
 * While the plugin is disabled neither is called: its panel is gone on the next page load and its routes answer
 * 404.
 */
public interface NewsroomPanel extends ExtensionPoint {

    /** The panel for this screen and article, or empty to show none. */
    Optional<Panel> panel(PanelRequest request);

    /**
     * A request to {@code /newsroom/plugins/<plugin-id>/<path>} or
     * {@code /newsroom/plugins/<plugin-id>/articles/<article-id>/<path>} (then {@link FragmentRequest#article()}
     * is present). Answer an HTML fragment for htmx to swap in; {@link Fragment#notFound()} for a path the plugin
     * does not serve.
     */
    default Fragment handle(FragmentRequest request) {
        return Fragment.notFound();
    }
}
