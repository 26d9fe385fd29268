package org.newsroom.cms.plugins.tagging.ui;

import java.util.List;

import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.tagging.rest.TagViews.OfferedSuggestion;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagMatch;

/**
 * What the tags panel shows.
 *
 * @param tags        the article's tags in order, labelled in the UI's language
 * @param suggestions suggestions not yet taken or dismissed, with their reasons in the UI's language
 * @param veto        the publish rule's objection now (e.g. "add at least 2 tags"), or null
 * @param editable    whether controls are shown
 * @param found       search results (the picker's fragment)
 * @param query       what was searched, or null
 * @param mayCreate   whether a name that matches no tag can become a new free tag
 * @param error       a refusal to show in the panel, or null
 */
public record TagsPanelView(UiMessages.Texts t, PanelRoutes routes, List<Tag> tags, List<OfferedSuggestion> suggestions,
                            String veto, boolean editable, List<TagMatch> found, String query, boolean mayCreate,
                            String error) {

    /** Whether {@code query} names no found tag exactly, so "create" is worth offering. */
    public boolean offerCreate() {
        return mayCreate && query != null && found.stream().noneMatch(m -> m.text().equalsIgnoreCase(query));
    }

    /**
     * The {@code lang} attribute a label needs inside the UI's text: its language where it differs from the UI's
     * (an English Media Topic name in the Indonesian UI), else none.
     */
    public String langOf(String labelLang) {
        return labelLang == null || labelLang.equals(t.lang()) ? null : labelLang;
    }

    /** What a search hit matched, when it is not the label shown (e.g. the synonym "politik" of politics). */
    public String matchedOther(TagMatch m) {
        return m.text().equalsIgnoreCase(m.tag().label()) ? null : m.text();
    }
}
