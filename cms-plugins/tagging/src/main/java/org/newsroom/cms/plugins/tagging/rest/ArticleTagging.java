package org.newsroom.cms.plugins.tagging.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.Settings;
import org.newsroom.cms.plugins.tagging.rest.TagViews.OfferedSuggestion;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Messages;
import org.newsroom.cms.plugins.tagging.text.Suggestion;
import org.newsroom.cms.plugins.tagging.text.TagNames;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/**
 * An article's tags as the REST API ({@link ArticleTagsResource}) and the newsroom panel both change them: the
 * article's edit rule, names resolved to tags (by name, synonym or label; a new free tag where the newsroom
 * allows them), the per-article limit, and suggestions from the working copy's text (not those on the article,
 * not those dismissed for it) with their reasons in the user's language. Runs in the host's transaction like
 * every store call; errors are {@link PluginException}s (403, 404, 400 for a bad name, 422 for a rule).
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

    /** The article's tags in order, labelled in {@code locale}. */
    public List<Tag> tags(UUID articleId, Locale locale) {
        return articleTags.tagsOf(articleId, locale);
    }

    /**
     * Makes {@code items} (tag ids as numbers, or names: existing tags by name, synonym or label, else new free
     * tags unless the vocabulary is controlled-only) the article's tags, in this order.
     *
     * @return the article's tags, labelled in the caller's language
     */
    public List<Tag> assign(UUID articleId, Caller caller, List<Object> items) {
        requireEditable(articleId, caller);
        Settings settings = Settings.of(context.config());
        Map<Long, Tag> ordered = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Tag tag = resolve(items.get(i), "tags[" + i + "]", settings.controlledOnly(), caller);
            ordered.putIfAbsent(tag.id(), tag);
        }
        int max = settings.maxTagsPerArticle();
        if (ordered.size() > max) {
            throw TagErrors.invalid("tags", ordered.size() + " tags is more than the limit of " + max + " per article; remove some.");
        }
        articleTags.replace(articleId, new ArrayList<>(ordered.values()));
        context.articles().dataChanged(articleId); // its search documents take the new tags
        return articleTags.tagsOf(articleId, caller.locale());
    }

    /** Adds one tag (by id, else by name) after the article's current ones: accepting a suggestion is this. */
    public List<Tag> accept(UUID articleId, Caller caller, String name, Long tagId) {
        List<Object> items = new ArrayList<>();
        articleTags.tagsOf(articleId).forEach(t -> items.add(t.id()));
        items.add(tagId != null ? tagId : name == null ? "" : name);
        return assign(articleId, caller, items);
    }

    /** {@code name} is not suggested for the article again (also not from the wire import's stored ones). */
    public void dismiss(UUID articleId, Caller caller, String name) {
        requireEditable(articleId, caller);
        String clean = TagNames.clean(name);
        if (clean.isEmpty() || clean.length() > TagNames.MAX_LENGTH) {
            throw TagErrors.invalid("name", "Send the name of the suggestion to dismiss (1 to " + TagNames.MAX_LENGTH
                    + " characters).");
        }
        articleTags.dismiss(articleId, clean, caller.username());
    }

    /**
     * The suggestions as {@link #suggestions(UUID, Locale)} offers them, with their English reasons (for
     * callers that show a {@link Suggestion}).
     */
    public List<Suggestion> suggestions(UUID articleId) {
        return suggestions(articleId, Locale.ENGLISH).stream()
                .map(s -> new Suggestion(s.name(), s.tagId(), s.code(), s.reason(), s.score())).toList();
    }

    /**
     * What to suggest now: fresh from the working copy's text, then those stored at wire import that are not
     * among them; never a tag already on the article nor a name dismissed for it. Best first.
     */
    public List<OfferedSuggestion> suggestions(UUID articleId, Locale locale) {
        ArticleSnapshot article = context.articles().find(articleId)
                .orElseThrow(() -> PluginException.notFound("No article " + articleId + "."));
        Set<Long> assigned = new HashSet<>();
        Set<String> skip = new HashSet<>(articleTags.dismissedKeys(articleId));
        articleTags.tagsOf(articleId).forEach(t -> {
            assigned.add(t.id());
            skip.add(TagNames.key(t.name()));
        });
        List<OfferedSuggestion> offered = new ArrayList<>();
        for (Suggestion s : TagSuggester.suggest(article.headline(), article.bodyText(), tags::lookup, tags.topics(),
                assigned, Settings.of(context.config()).suggestions())) {
            if (skip.add(TagNames.key(s.name()))) {
                offered.add(offer(s, s.reason(locale), locale));
            }
        }
        for (Suggestion s : articleTags.storedSuggestions(articleId)) {
            if (skip.add(TagNames.key(s.name()))) {
                String reason = s.why() == null ? s.reason() : Messages.text(locale, "suggestion.wire", s.reason(locale));
                offered.add(offer(s, reason, locale));
            }
        }
        return offered;
    }

    private OfferedSuggestion offer(Suggestion s, String reason, Locale locale) {
        Optional<Tag> tag = s.tagId() != null ? tags.byId(s.tagId(), locale) : Optional.empty();
        return new OfferedSuggestion(s.name(), s.tagId(), s.code(), tag.map(Tag::label).orElse(s.name()),
                tag.map(Tag::labelLang).orElse(null), reason, s.score());
    }

    private void requireEditable(UUID articleId, Caller caller) {
        if (!context.articles().mayEdit(articleId, caller)) {
            throw PluginException.forbidden("You cannot edit this article, so you cannot change its tags: journalists "
                    + "tag their own articles while they are drafts or have changes requested; editors any article.");
        }
    }

    /** The tag {@code item} (an id or a name) stands for; errors name {@code field}, e.g. {@code tags[1]}. */
    private Tag resolve(Object item, String field, boolean controlledOnly, Caller caller) {
        if (item instanceof Number id) {
            return tags.byId(id.longValue()).orElseThrow(() -> TagErrors.invalid(field, "No tag with id " + id + "."));
        }
        if (!(item instanceof String name)) {
            throw TagErrors.invalid(field, "Each tag is a name (string) or an id (number); got " + item + ".");
        }
        TagErrors.checkedName(field, name);
        return tags.byName(name).orElseGet(() -> {
            if (controlledOnly) {
                throw TagErrors.invalid(field, "\"" + TagNames.clean(name) + "\" is not in a controlled vocabulary, and this "
                        + "newsroom allows controlled tags only. Pick an existing tag.");
            }
            Tag created = tags.createFree(name);
            tags.audit(caller.username(), "CREATED", "tag " + created.id() + " \"" + created.name() + "\"");
            return created;
        });
    }
}
