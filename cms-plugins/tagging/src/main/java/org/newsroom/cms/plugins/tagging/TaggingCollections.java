package org.newsroom.cms.plugins.tagging;

import java.util.Locale;
import java.util.Optional;

import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.plugin.api.delivery.PublicCollections;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Languages;

/**
 * Tag pages on the public site, {@code /tags/{slug}}: the tag's label in the newsroom's language and its
 * visible articles, latest publication first. A merged tag's old slug leads to the tag it was merged into.
 */
final class TaggingCollections implements PublicCollections {

    static final String SEGMENT = "tags";

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    TaggingCollections(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    static String path(String slug) {
        return "/" + SEGMENT + "/" + slug;
    }

    @Override
    public String segment() {
        return SEGMENT;
    }

    @Override
    public Optional<ArticleCollection> collection(String slug, Cursor after, int limit) {
        Locale locale = Locale.forLanguageTag(Languages.NEWSROOM_DEFAULT);
        Optional<Tag> tag = tags.bySlug(slug, locale);
        if (tag.isEmpty()) {
            return tags.aliasTarget(slug, locale)
                    .map(target -> new ArticleCollection(target.slug(), target.label(), null, target.labelLang(),
                            new PublishedPage(java.util.List.of(), null)));
        }
        Tag t = tag.get();
        return Optional.of(new ArticleCollection(t.slug(), t.label(), null, t.labelLang(),
                context.articles().publishedPage(articleTags.articlesWith(t.id()), PublishedPage.Order.LAST_PUBLISHED,
                        after, limit)));
    }
}
