package org.newsroom.cms.plugins.tagging.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Synonym;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagMatch;

/** The JSON the tagging endpoints answer with (field order as shown). */
public final class TagViews {

    private TagViews() {
    }

    /**
     * A tag with its synonyms, how many articles carry it, its labels by language ({@code {"id": "politik"}})
     * and, for a Media Topic, its broader topics, the top-level one first.
     */
    public record TagDetail(Tag tag, List<Synonym> synonyms, long articles, Map<String, String> labels,
                            List<Tag> broader) {
        public TagDetail(Tag tag, List<Synonym> synonyms, long articles) {
            this(tag, synonyms, articles, Map.of(), List.of());
        }
    }

    /**
     * One answer of the tag search: the tag's fields (as in {@link Tag}, without synonyms), its label in the
     * caller's language, and what matched: {@code matched} NAME, LABEL or SYNONYM and {@code matchedName} as
     * written, so a picker can show "politik → politics".
     */
    public record SearchHit(long id, String name, String slug, String vocabulary, String code, String parentCode,
                            String label, String labelLang, TagMatch.Field matched, String matchedName) {
        static SearchHit of(TagMatch match) {
            Tag t = match.tag();
            return new SearchHit(t.id(), t.name(), t.slug(), t.vocabulary(), t.code(), t.parentCode(), t.label(),
                    t.labelLang(), match.field(), match.text());
        }
    }

    /**
     * A suggestion as offered to a person: the name to accept or dismiss it by, the tag it is (null: accepting
     * creates a free tag), the label to show in the user's language and which language that label is in, and
     * the reason in the user's language ("mentioned 4 times in the body", "disebut 4 kali dalam isi berita").
     */
    public record OfferedSuggestion(String name, Long tagId, String code, String label, String labelLang,
                                    String reason, double score) {
    }

    /** The answer to a merge: the old name, the surviving tag, how many articles moved to it. */
    public record MergeResult(String merged, TagDetail into, int articlesMoved) {
    }

    /**
     * A tag in the public list, with how many published articles carry it; {@code label} in the language
     * asked and {@code labelLang} the label's language (null for the newsroom's own tags).
     */
    public record PublicTag(String name, String slug, String vocabulary, String code, long articles, String label,
                            String labelLang) {
        static PublicTag of(ArticleTagStore.TagCount count) {
            Tag tag = count.tag();
            return new PublicTag(tag.name(), tag.slug(), tag.vocabulary(), tag.code(), count.articles(), tag.label(),
                    tag.labelLang());
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
