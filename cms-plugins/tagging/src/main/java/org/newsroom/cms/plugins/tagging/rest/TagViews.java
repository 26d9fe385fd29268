package org.newsroom.cms.plugins.tagging.rest;

import java.time.Instant;
import java.util.List;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Synonym;
import org.newsroom.cms.plugins.tagging.store.Tag;

/** The JSON the tagging endpoints answer with (field order as shown). */
public final class TagViews {

    private TagViews() {
    }

    /** A tag with its synonyms and how many articles carry it. */
    public record TagDetail(Tag tag, List<Synonym> synonyms, long articles) {
    }

    /** The answer to a merge: the old name, the surviving tag, how many articles moved to it. */
    public record MergeResult(String merged, TagDetail into, int articlesMoved) {
    }

    /** A tag in the public list, with how many published articles carry it. */
    public record PublicTag(String name, String slug, String vocabulary, String code, long articles) {
        static PublicTag of(ArticleTagStore.TagCount count) {
            Tag tag = count.tag();
            return new PublicTag(tag.name(), tag.slug(), tag.vocabulary(), tag.code(), count.articles());
        }
    }

    /** A published article on a public tag page. */
    public record PublicArticle(String slug, String headline, String language, Instant lastPublishedAt) {
        static PublicArticle of(ArticleSnapshot article) {
            return new PublicArticle(article.slug(), article.headline(), article.language(), article.lastPublishedAt());
        }
    }

    /** One page of a public tag page; {@code next} is the cursor of the following page, null on the last. */
    public record TagPage(Tag tag, List<PublicArticle> items, String next) {
    }
}
