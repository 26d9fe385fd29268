package org.newsroom.cms.plugins.tagging;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugins.tagging.TaggingWireParser.WireTags;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Suggestion;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/**
 * Wire copy: tag suggestions only, stored for a person to accept (never applied as tags); nothing is
 * removed from the text, so it runs after the parsers that take lines out.
 */
final class TaggingWireParser implements WireCopyParser<WireTags> {

    /** What the parser found in one wire story: the suggestions, best first. */
    record WireTags(List<Suggestion> suggestions) {
        WireTags {
            suggestions = List.copyOf(suggestions);
        }
    }

    private static final int NAMES_IN_NOTE = 3;

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    TaggingWireParser(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public WireParse<WireTags> parse(WireDraft draft) {
        List<Suggestion> suggestions = TagSuggester.suggest(draft.headline(), String.join("\n\n", draft.paragraphs()),
                tags::lookup, tags.topics(), new HashSet<>(), Settings.of(context.config()).suggestions());
        if (suggestions.isEmpty()) {
            return WireParse.nothing(draft);
        }
        return WireParse.found(draft, new WireTags(suggestions)).withNote(note(suggestions));
    }

    /** Short, as it lands in the import report and in the article's audit trail too. */
    static String note(List<Suggestion> suggestions) {
        int shown = Math.min(NAMES_IN_NOTE, suggestions.size());
        return "tag suggestions to review: " + suggestions.subList(0, shown).stream().map(Suggestion::name)
                .collect(Collectors.joining(", ")) + (suggestions.size() > shown ? " (+" + (suggestions.size() - shown)
                + " more)" : "");
    }

    @Override
    public void imported(ArticleSnapshot article, WireTags finding) {
        articleTags.storeSuggestions(article.id(), finding.suggestions());
    }
}
