package org.newsroom.cms.plugins.tagging.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.newsroom.cms.plugins.tagging.text.Languages;
import org.newsroom.cms.plugins.tagging.text.Reason;
import org.newsroom.cms.plugins.tagging.text.Suggestion;
import org.newsroom.cms.plugins.tagging.text.TagNames;

/**
 * Which articles carry which tags (ordered), the suggestions stored for an article, and the candidate
 * article ids of public tag pages. Candidates only: which of them readers may see is the host's rule,
 * asked through the API, never joined here.
 */
public final class ArticleTagStore {

    /** A tag and how many of the given articles carry it. */
    public record TagCount(Tag tag, long articles) {
    }

    private static final String CUE_SEPARATOR = "\t";

    private final Jdbi jdbi;

    private final ArticleAccess changes; // null: nobody to tell (unit tests)

    public ArticleTagStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param changes told of every write readers see, so the host renders those articles' public copies again */
    public ArticleTagStore(Jdbi jdbi, ArticleAccess changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    /** The article's tags in their order (Media Topics by their English name). */
    public List<Tag> tagsOf(UUID articleId) {
        return tagsOf(articleId, Locale.ENGLISH);
    }

    /** The article's tags in their order, labelled in {@code locale} where a label exists. */
    public List<Tag> tagsOf(UUID articleId, Locale locale) {
        return jdbi.withHandle(h -> h.createQuery("select " + TagStore.TAG_COLUMNS + " from plg_tagging_article_tag a "
                        + "join plg_tagging_tag t on t.id = a.tag_id" + TagStore.LABEL_JOIN
                        + " where a.article_id = :article order by a.position")
                .bind("article", articleId)
                .bind("lang", Languages.of(locale))
                .map(TagStore::tag)
                .list());
    }

    public int countOf(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from plg_tagging_article_tag where article_id = :article")
                .bind("article", articleId)
                .mapTo(Integer.class)
                .one());
    }

    /** Makes {@code tags}, in this order, the article's tags. */
    public void replace(UUID articleId, List<Tag> tags) {
        jdbi.useHandle(h -> {
            h.createUpdate("delete from plg_tagging_article_tag where article_id = :article")
                    .bind("article", articleId)
                    .execute();
            if (tags.isEmpty()) {
                return;
            }
            PreparedBatch insert = h.prepareBatch("insert into plg_tagging_article_tag (article_id, tag_id, position) "
                    + "values (:article, :tag, :position)");
            for (int i = 0; i < tags.size(); i++) {
                insert.bind("article", articleId).bind("tag", tags.get(i).id()).bind("position", i).add();
            }
            insert.execute();
        });
        if (changes != null) { // after the write: the host re-reads the tags (search, public copies)
            changes.dataChanged(List.of(articleId));
        }
    }

    /** Keeps suggestions found at wire import for a person to review; they are never applied as tags. */
    public void storeSuggestions(UUID articleId, List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch insert = h.prepareBatch("insert into plg_tagging_suggestion (article_id, name, reason, kind, "
                    + "term, in_headline, mentions, cues) values (:article, :name, :reason, :kind, :term, :inHeadline, "
                    + ":mentions, :cues)");
            for (Suggestion s : suggestions) {
                Reason why = s.why();
                insert.bind("article", articleId).bind("name", s.name())
                        .bind("reason", "suggested at wire import: " + s.reason())
                        .bind("kind", why == null ? null : why.kind().name())
                        .bind("term", why == null ? null : why.term())
                        .bind("inHeadline", why == null ? null : why.inHeadline())
                        .bind("mentions", why == null ? null : why.mentions())
                        .bind("cues", why == null ? null : String.join(CUE_SEPARATOR, why.cues()))
                        .add();
            }
            insert.execute();
        });
    }

    /** The suggestions stored at wire import, in their order; {@code why} null for rows stored before V3. */
    public List<Suggestion> storedSuggestions(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery("select name, reason, kind, term, in_headline, mentions, cues "
                        + "from plg_tagging_suggestion where article_id = :article order by id")
                .bind("article", articleId)
                .map((rs, ctx) -> new Suggestion(rs.getString(1), null, null, rs.getString(2), 0,
                        rs.getString(3) == null ? null : new Reason(Reason.Kind.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getBoolean(5), rs.getInt(6), rs.getString(7) == null || rs.getString(7).isEmpty()
                                ? List.of() : List.of(rs.getString(7).split(CUE_SEPARATOR)))))
                .list());
    }

    /** A person does not want {@code name} suggested for the article again (recorded once; again is a no-op). */
    public void dismiss(UUID articleId, String name, String username) {
        jdbi.useHandle(h -> h.createUpdate("insert into plg_tagging_dismissal (article_id, norm_key, name, dismissed_by) "
                        + "values (:article, :key, :name, :by) on conflict (article_id, norm_key) do nothing")
                .bind("article", articleId)
                .bind("key", TagNames.key(name))
                .bind("name", TagNames.clean(name))
                .bind("by", username)
                .execute());
    }

    /** The normalised names ({@link TagNames#key}) dismissed for the article. */
    public Set<String> dismissedKeys(UUID articleId) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("select norm_key from plg_tagging_dismissal "
                        + "where article_id = :article")
                .bind("article", articleId)
                .mapTo(String.class)
                .list()));
    }

    // ---- candidates for public pages ---------------------------------------------------------------

    /** Every article that carries at least one tag (published or not: the host decides). */
    public List<UUID> taggedArticles() {
        return jdbi.withHandle(h -> h.createQuery("select distinct article_id from plg_tagging_article_tag")
                .mapTo(UUID.class)
                .list());
    }

    /** The articles that carry the tag (published or not: the host decides). */
    public List<UUID> articlesWith(long tagId) {
        return jdbi.withHandle(h -> h.createQuery("select article_id from plg_tagging_article_tag where tag_id = :tag")
                .bind("tag", tagId)
                .mapTo(UUID.class)
                .list());
    }

    /** The tags on any of {@code articleIds}, with how many of them, most used first. */
    public List<TagCount> tagCounts(Collection<UUID> articleIds) {
        return tagCounts(articleIds, Locale.ENGLISH);
    }

    /** The tags on any of {@code articleIds}, labelled in {@code locale}, with how many of them, most used first. */
    public List<TagCount> tagCounts(Collection<UUID> articleIds, Locale locale) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("select " + TagStore.TAG_COLUMNS + ", count(*) "
                        + "from plg_tagging_article_tag a join plg_tagging_tag t on t.id = a.tag_id" + TagStore.LABEL_JOIN
                        + " where a.article_id = any(:articles) group by t.id, l.tag_id, l.lang "
                        + "order by count(*) desc, t.name")
                .bindArray("articles", UUID.class, articleIds)
                .bind("lang", Languages.of(locale))
                .map((rs, ctx) -> new TagCount(TagStore.tag(rs, ctx), rs.getLong(TagStore.TAG_COLUMN_COUNT + 1)))
                .list());
    }
}
