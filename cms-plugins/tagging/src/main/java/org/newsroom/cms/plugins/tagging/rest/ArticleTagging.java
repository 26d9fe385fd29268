package org.newsroom.cms.plugins.tagging.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.Settings;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Suggestion;
import org.newsroom.cms.plugins.tagging.text.TagNames;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/**
 * An article's tags as the REST API ({@link ArticleTagsResource}) and the newsroom panel both change them: the
 * article's edit rule, names resolved to tags (a new free tag where the newsroom allows them), the per-article
 * limit, and suggestions from the working copy's text.
 */
public final class ArticleTagging {

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    public ArticleTagging(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    /**
     * Replaces the article's tags with these, in this order: names (strings) or tag ids (numbers).
     *
     * @throws PluginException 403 when the caller may not edit the article, 400/422 for a bad name or too many tags
     */
    public List<Tag> assign(UUID articleId, Caller caller, List<Object> items) {
        if (!context.articles().mayEdit(articleId, caller)) {
            throw PluginException.forbidden("You cannot edit this article, so you cannot change its tags: journalists "
                    + "tag their own articles while they are drafts or have changes requested; editors any article.");
        }
        Settings settings = Settings.of(context.config());
        Map<Long, Tag> ordered = new LinkedHashMap<>();
        for (Object item : items) {
            Tag tag = resolve(item, settings.controlledOnly(), caller);
            ordered.putIfAbsent(tag.id(), tag);
        }
        int max = settings.maxTagsPerArticle();
        if (ordered.size() > max) {
            throw TagErrors.invalid("tags", ordered.size() + " tags is more than the limit of " + max
                    + " per article; remove some.");
        }
        articleTags.replace(articleId, new ArrayList<>(ordered.values()));
        return articleTags.tagsOf(articleId);
    }

    /** Fresh suggestions from the working copy's text, then those stored at wire import that are not among them. */
    public List<Suggestion> suggestions(UUID articleId) {
        ArticleSnapshot article = context.articles().find(articleId)
                .orElseThrow(() -> PluginException.notFound("No article " + articleId + "."));
        Set<Long> assigned = new HashSet<>();
        articleTags.tagsOf(articleId).forEach(t -> assigned.add(t.id()));
        List<Suggestion> result = new ArrayList<>(TagSuggester.suggest(article.headline(), article.bodyText(),
                tags::lookup, tags.topics(), assigned, Settings.of(context.config()).suggestions()));
        Set<String> seen = new HashSet<>();
        result.forEach(s -> seen.add(TagNames.key(s.name())));
        articleTags.storedSuggestions(articleId).stream().filter(s -> seen.add(TagNames.key(s.name())))
                .forEach(result::add);
        return result;
    }

    private Tag resolve(Object item, boolean controlledOnly, Caller caller) {
        if (item instanceof Number id) {
            return tags.byId(id.longValue())
                    .orElseThrow(() -> TagErrors.invalid("tags", "No tag with id " + id + "."));
        }
        if (!(item instanceof String name)) {
            throw TagErrors.invalid("tags", "Each tag is a name (string) or an id (number); got " + item + ".");
        }
        TagErrors.checkedName("tags", name);
        return tags.byName(name).orElseGet(() -> {
            if (controlledOnly) {
                throw TagErrors.invalid("tags", "\"" + TagNames.clean(name) + "\" is not in a controlled "
                        + "vocabulary, and this newsroom allows controlled tags only. Pick an existing tag.");
            }
            Tag created = tags.createFree(name);
            tags.audit(caller.username(), "CREATED", "tag " + created.id() + " \"" + created.name() + "\"");
            return created;
        });
    }
}
