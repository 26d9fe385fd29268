package org.newsroom.cms.web.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.plugin.ArticleSnapshots;
import org.newsroom.cms.core.plugin.HostServices;
import org.newsroom.cms.core.plugin.IsolatedCalls;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.ui.Panel;
import org.newsroom.cms.plugin.api.ui.PanelRequest;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;

/**
 * The enabled plugins' panels for an article page ({@link NewsroomPanel}), each rendered in a read-only
 * transaction of its own: a panel that throws is logged and left out, the page and the other panels stay.
 * Names no plugin: whatever is enabled shows, in plugin-id order.
 */
@ApplicationScoped
public class PluginPanels {

    private static final Logger LOG = Logger.getLogger(PluginPanels.class.getName());

    /** One plugin's rendered panel, as the page writes it: {@code <section id="panel-<plugin-id>">}. */
    public record Shown(String pluginId, String title, String html) {
    }

    @Inject
    PluginRegistry registry;
    @Inject
    HostServices host;
    @Inject
    IsolatedCalls isolated;
    @Inject
    Pages pages;

    /** The panels for {@code screen} of the article the page has read, for a user who may ({@code editable}) change it now. */
    public List<Shown> of(Exchange x, Article article, PanelRequest.Screen screen, boolean editable) {
        List<PluginRegistry.Active<NewsroomPanel>> active = registry.active(NewsroomPanel.class);
        Optional<Caller> caller = host.caller();
        if (active.isEmpty() || caller.isEmpty()) {
            return List.of();
        }
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        String csrf = pages.csrf(x.request());
        List<Shown> shown = new ArrayList<>();
        for (PluginRegistry.Active<NewsroomPanel> p : active) {
            PanelRequest request = new PanelRequest(screen, snapshot, caller.get(), x.locale(), csrf, editable,
                    new PanelRoutes(p.pluginId(), article.getId()));
            try {
                Optional<Panel> panel = isolated.readOnly(() -> p.extension().panel(request));
                panel.ifPresent(value -> shown.add(new Shown(p.pluginId(), value.title(), value.html())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The panel of plugin " + p.pluginId() + " failed and is left out", e);
            }
        }
        return List.copyOf(shown);
    }
}
