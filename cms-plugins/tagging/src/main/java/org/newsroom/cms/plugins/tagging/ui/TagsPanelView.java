package org.newsroom.cms.plugins.tagging.ui;

import java.util.List;

import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/**
 * What the tags panel shows.
 *
 * @param tags        the article's tags in order
 * @param suggestions suggestions not yet taken or dismissed
 * @param veto        the publish rule's objection now (e.g. "add at least 2 tags"), or null
 * @param editable    whether controls are shown
 * @param found       search results (the picker's fragment)
 * @param query       what was searched, or null
 * @param mayCreate   whether a name that matches no tag can become a new free tag
 * @param error       a refusal to show in the panel, or null
 */
public record TagsPanelView(UiMessages.Texts t, PanelRoutes routes, List<Tag> tags, List<Suggestion> suggestions,
                            String veto, boolean editable, List<Tag> found, String query, boolean mayCreate,
                            String error) {

    /** Whether {@code query} names no found tag exactly, so "create" is worth offering. */
    public boolean offerCreate() {
        return mayCreate && query != null && found.stream().noneMatch(tag -> tag.name().equalsIgnoreCase(query));
    }
}
