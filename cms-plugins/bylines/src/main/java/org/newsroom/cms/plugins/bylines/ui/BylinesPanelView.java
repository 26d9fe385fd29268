package org.newsroom.cms.plugins.bylines.ui;

import java.util.List;

import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * What the bylines panel shows.
 *
 * @param bylines  the article's bylines in order
 * @param preview  the byline as readers will see it, in the article's language ("Oleh A dan B. Foto: C")
 * @param editable whether controls are shown
 * @param found    contributor search results (the picker's fragment), else empty
 * @param query    what was searched
 * @param error    a refusal to show in the panel (e.g. a guest without a name), or null
 */
public record BylinesPanelView(UiMessages.Texts t, PanelRoutes routes, List<BylineStore.Byline> bylines, String preview,
                               boolean editable, List<Contributor> found, String query, String error) {

    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** A byline's key in the panel's ordered list: contributor and role (one contributor may have two roles). */
    public static String key(BylineStore.Byline b) {
        return b.slug() + "|" + b.role().value();
    }

    public String roleLabel(Role role) {
        return t.t("role." + role.value());
    }
}
