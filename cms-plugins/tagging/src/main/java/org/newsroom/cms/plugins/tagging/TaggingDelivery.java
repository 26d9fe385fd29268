package org.newsroom.cms.plugins.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Entities;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.plugin.api.delivery.SearchParts;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Languages;
import org.newsroom.cms.plugins.tagging.text.TagNames;

/**
 * The article's tags in its JSON ({@code plugins.tagging.tags}), as ninjs {@code subjects} and as the public
 * faces' subjects and tag links, and the way back: imported ninjs subjects become tags.
 */
final class TaggingDelivery implements DeliveryContributor {

    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String MEDTOP = "medtop:";

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    TaggingDelivery(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    /**
     * The tags with their labels: for readers in the article's language, in the newsroom in the user's
     * (the article's when no one is signed in, e.g. the scheduler).
     */
    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        Locale articleLanguage = article.language() == null ? Locale.forLanguageTag(Languages.NEWSROOM_DEFAULT)
                : Locale.forLanguageTag(article.language());
        Locale locale = audience == Audience.PUBLIC ? articleLanguage
                : context.caller().map(Caller::locale).orElse(articleLanguage);
        return Map.of("tags", articleTags.tagsOf(article.id(), locale));
    }

    /** ninjs {@code subjects}: Media Topics with their IPTC URI and code, free tags by name and slug. */
    @Override
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        List<Map<String, Object>> subjects = articleTags.tagsOf(article.id()).stream().map(TaggingDelivery::subject)
                .toList();
        return subjects.isEmpty() ? Map.of() : Map.of("subjects", subjects);
    }

    /**
     * Readers' faces: the tags as subjects (Media Topic qcodes and URIs for the vocabulary's) with their tag
     * pages, and the list of links after the body, labelled in the article's language ({@code lang} marks a
     * label in another).
     */
    @Override
    public PublicParts publicParts(ArticleSnapshot article, Audience audience) {
        if (audience == Audience.PUBLIC && !article.live()) {
            return PublicParts.NONE;
        }
        String language = article.language() == null ? Languages.NEWSROOM_DEFAULT : article.language();
        List<Tag> all = articleTags.tagsOf(article.id(), Locale.forLanguageTag(language));
        if (all.isEmpty()) {
            return PublicParts.NONE;
        }
        List<PublicParts.Subject> subjects = new ArrayList<>();
        StringBuilder html = new StringBuilder("<ul class=\"site-terms\">");
        for (Tag tag : all) {
            boolean mediaTopic = tag.code() != null && tag.code().startsWith(MEDTOP);
            String path = TaggingCollections.path(tag.slug());
            subjects.add(new PublicParts.Subject(tag.label(), path, mediaTopic ? tag.code() : null,
                    mediaTopic ? MEDIA_TOPIC_URI + tag.code().substring(MEDTOP.length()) : null));
            boolean otherLanguage = tag.labelLang() != null
                    && !Locale.forLanguageTag(tag.labelLang()).getLanguage().equals(Locale.forLanguageTag(language).getLanguage());
            html.append("<li><a href=\"").append(Entities.escape(path)).append('"')
                    .append(otherLanguage ? " lang=\"" + Entities.escape(tag.labelLang()) + "\"" : "").append('>')
                    .append(Entities.escape(tag.label())).append("</a></li>");
        }
        html.append("</ul>");
        return new PublicParts(List.of(), subjects, List.of(), Map.of(PublicParts.Slot.AFTER_BODY, html.toString()));
    }

    /**
     * Search: each tag's name, its label in the article's language and its synonyms (a search for "Pilpres" finds
     * a story tagged "Pemilihan Presiden" with that synonym), and a filter key per tag ({@code tag:<slug>}).
     */
    @Override
    public SearchParts searchParts(ArticleSnapshot article) {
        String language = article.language() == null ? Languages.NEWSROOM_DEFAULT : article.language();
        List<Tag> all = articleTags.tagsOf(article.id(), Locale.forLanguageTag(language));
        if (all.isEmpty()) {
            return SearchParts.NONE;
        }
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (Tag tag : all) {
            words.add(tag.name());
            words.add(tag.label());
            if (tag.synonyms() != null) {
                words.addAll(tag.synonyms());
            }
            keys.add("tag:" + tag.slug());
        }
        return new SearchParts(String.join(", ", words), keys);
    }

    /**
     * Imported ninjs {@code subjects} become the article's tags: Media Topics by their IPTC URI or code, our
     * own tags by {@code literal} "tag:slug", others by name (created as free tags unless the vocabulary
     * mode is controlled-only, in which case unknown ones are skipped). Beyond the per-article maximum the
     * rest are dropped rather than failing the import.
     */
    @Override
    public void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
        if (!(ninjs.get("subjects") instanceof List<?> subjects)) {
            return;
        }
        Settings settings = Settings.of(context.config());
        Map<Long, Tag> found = new LinkedHashMap<>();
        for (Object item : subjects) {
            if (item instanceof Map<?, ?> subject) {
                tagFor(subject, settings.controlledOnly()).ifPresent(t -> found.putIfAbsent(t.id(), t));
            }
        }
        List<Tag> ordered = new ArrayList<>(found.values());
        int max = settings.maxTagsPerArticle();
        articleTags.replace(article.id(), ordered.size() > max ? ordered.subList(0, max) : ordered);
    }

    private Optional<Tag> tagFor(Map<?, ?> subject, boolean controlledOnly) {
        Optional<Tag> tag = Optional.empty();
        if (subject.get("uri") instanceof String uri && uri.contains("/mediatopic/")) {
            tag = tags.byCode(MEDTOP + uri.substring(uri.lastIndexOf('/') + 1));
        }
        if (tag.isEmpty() && subject.get("literal") instanceof String literal) {
            tag = literal.startsWith("tag:") ? tags.bySlug(literal.substring(4))
                    : literal.startsWith(MEDTOP) ? tags.byCode(literal) : Optional.empty();
        }
        if (tag.isEmpty() && subject.get("name") instanceof String name && TagNames.problem(name) == null) {
            tag = tags.byName(name).or(() -> controlledOnly ? Optional.empty() : Optional.of(tags.createFree(name)));
        }
        return tag;
    }

    /** One ninjs subject for a tag. */
    static Map<String, Object> subject(Tag tag) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", tag.name());
        if (tag.code() != null && tag.code().startsWith(MEDTOP)) {
            subject.put("uri", MEDIA_TOPIC_URI + tag.code().substring(MEDTOP.length()));
            subject.put("literal", tag.code());
        } else {
            subject.put("literal", "tag:" + tag.slug());
        }
        return subject;
    }
}
