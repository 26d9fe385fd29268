package org.newsroom.cms.plugins.tagging;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WorkflowState;

/**
 * Tags for articles: free tags and IPTC Media Topics, with synonyms, merges, suggestions, a minimum to
 * publish, delivery in article JSON, and public tag pages.
 */
public class TaggingPlugin implements CmsPlugin, DeliveryContributor, TransitionValidator, RestExtension,
        WireCopyParser {

    public static final String ID = "tagging";

    private PluginContext context;
    private TagStore store;

    @Override public String id() { return ID; }
    @Override public String name() { return "Tagging"; }
    @Override public String version() { return "1.0"; }

    @Override
    public String description() {
        return "Free tags and IPTC Media Topics with synonyms and merges; suggestions from the article text; "
                + "public tag pages.";
    }

    @Override
    public List<ConfigSetting> configMetadata() {
        return List.of(
                ConfigSetting.oneOf("vocabularyMode", "free", List.of("free", "controlled-only"),
                        "free: typing a new name creates a tag; controlled-only: only existing tags can be used."),
                ConfigSetting.integer("maxTagsPerArticle", 20, 1, 100, "Most tags one article may carry."),
                ConfigSetting.integer("minTagsToPublish", 0, 0, 20, "Tags an article needs before it can be "
                        + "published or scheduled (0: no rule)."),
                ConfigSetting.integer("suggestions", 10, 1, 50, "How many suggestions to propose."));
    }

    @Override
    public void init(PluginContext context) {
        this.context = context;
        this.store = new TagStore(context.dataSource());
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return List.of(this);
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        return Map.of("tags", store.tagsOf(article.id()));
    }

    /** ninjs {@code subjects}: Media Topics with their IPTC URI and code, free tags by name and slug. */
    @Override
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        List<Map<String, Object>> subjects = store.tagsOf(article.id()).stream().map(TaggingPlugin::subject).toList();
        return subjects.isEmpty() ? Map.of() : Map.of("subjects", subjects);
    }

    /**
     * Imported ninjs {@code subjects} become the article's tags: Media Topics by their IPTC URI or code, our
     * own tags by {@code literal} "tag:slug", others by name (created as free tags unless the vocabulary
     * mode is controlled-only, in which case unknown ones are skipped).
     */
    @Override
    public void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
        if (!(ninjs.get("subjects") instanceof List<?> subjects)) {
            return;
        }
        boolean controlledOnly = "controlled-only".equals(context.config().string("vocabularyMode"));
        Map<Long, Tag> tags = new java.util.LinkedHashMap<>();
        for (Object item : subjects) {
            if (!(item instanceof Map<?, ?> subject)) {
                continue;
            }
            java.util.Optional<Tag> tag = java.util.Optional.empty();
            if (subject.get("uri") instanceof String uri && uri.contains("/mediatopic/")) {
                tag = store.byCode("medtop:" + uri.substring(uri.lastIndexOf('/') + 1));
            }
            if (tag.isEmpty() && subject.get("literal") instanceof String literal) {
                tag = literal.startsWith("tag:") ? store.bySlug(literal.substring(4))
                        : literal.startsWith("medtop:") ? store.byCode(literal) : java.util.Optional.empty();
            }
            if (tag.isEmpty() && subject.get("name") instanceof String name && TagNames.problem(name) == null) {
                tag = store.byName(name).or(() -> controlledOnly ? java.util.Optional.empty()
                        : java.util.Optional.of(store.createFree(name)));
            }
            tag.ifPresent(t -> tags.putIfAbsent(t.id(), t));
        }
        List<Tag> ordered = new java.util.ArrayList<>(tags.values());
        int max = context.config().integer("maxTagsPerArticle");
        store.replace(article.id(), ordered.size() > max ? ordered.subList(0, max) : ordered);
    }

    static Map<String, Object> subject(Tag tag) {
        Map<String, Object> subject = new java.util.LinkedHashMap<>();
        subject.put("name", tag.name());
        if (tag.code() != null && tag.code().startsWith("medtop:")) {
            subject.put("uri", "http://cv.iptc.org/newscodes/mediatopic/" + tag.code().substring("medtop:".length()));
            subject.put("literal", tag.code());
        } else {
            subject.put("literal", "tag:" + tag.slug());
        }
        return subject;
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        boolean publishing = proposed.to() == WorkflowState.PUBLISHED || proposed.to() == WorkflowState.SCHEDULED;
        int min = context.config().integer("minTagsToPublish");
        if (!publishing || min == 0) {
            return List.of();
        }
        int have = store.countOf(proposed.article().id());
        return have >= min ? List.of()
                : List.of("Add at least " + min + (min == 1 ? " tag" : " tags") + " before publishing (it has " + have + ")");
    }

    @Override
    public Object pluginResource() {
        return new TagAdminResource(context, store);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticleTagsResource(articleId, context, store);
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("tags", new PublicTagsResource(context, store));
    }

    @Override
    public int order() {
        return 300;
    }

    /** Wire copy: suggestions only (a person accepts them); nothing is removed from the text. */
    @Override
    public WireDraft parse(WireDraft draft) {
        List<Suggestion> suggestions = TagSuggester.suggest(draft.headline(), String.join("\n\n", draft.paragraphs()),
                store::lookup, store.topics(), new HashSet<>(), context.config().integer("suggestions"));
        return draft.withFinding(ID, suggestions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void imported(ArticleSnapshot article, WireDraft draft) {
        Object found = draft.findings().get(ID);
        if (found instanceof List<?> list) {
            store.storeSuggestions(article.id(), (List<Suggestion>) list);
        }
    }

    /** The readable text of body HTML. */
    static String plainText(String html) {
        return html == null ? "" : html.replaceAll("(?i)</(p|h[1-6]|li|blockquote)>", "\n\n")
                .replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&amp;", "&").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&quot;", "\"");
    }
}
