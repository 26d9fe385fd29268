package org.newsroom.cms.plugins.tagging.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/**
 * Which articles carry which tags (ordered), the suggestions stored for an article, and the candidate
 * article ids of public tag pages. Candidates only: which of them readers may see is the host's rule,
 * asked through the API, never joined here.
 */
public final class ArticleTagStore {

    /** A tag and how many of the given articles carry it. */
    public record TagCount(Tag tag, long articles) {
    }

    private final Jdbi jdbi;

    public ArticleTagStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The article's tags in their order. */
    public List<Tag> tagsOf(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery("select " + TagStore.TAG_COLUMNS + " from plg_tagging_article_tag a "
                        + "join plg_tagging_tag t on t.id = a.tag_id where a.article_id = :article order by a.position")
                .bind("article", articleId)
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
    }

    /** Keeps suggestions found at wire import for a person to review; they are never applied as tags. */
    public void storeSuggestions(UUID articleId, List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch insert = h.prepareBatch("insert into plg_tagging_suggestion (article_id, name, reason) "
                    + "values (:article, :name, :reason)");
            for (Suggestion s : suggestions) {
                insert.bind("article", articleId).bind("name", s.name())
                        .bind("reason", "suggested at wire import: " + s.reason()).add();
            }
            insert.execute();
        });
    }

    public List<Suggestion> storedSuggestions(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery("select name, reason from plg_tagging_suggestion "
                        + "where article_id = :article order by id")
                .bind("article", articleId)
                .map((rs, ctx) -> new Suggestion(rs.getString(1), null, null, rs.getString(2), 0))
                .list());
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
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("select " + TagStore.TAG_COLUMNS + ", count(*) "
                        + "from plg_tagging_article_tag a join plg_tagging_tag t on t.id = a.tag_id "
                        + "where a.article_id = any(:articles) group by t.id order by count(*) desc, t.name")
                .bindArray("articles", UUID.class, articleIds)
                .map((rs, ctx) -> new TagCount(TagStore.tag(rs, ctx), rs.getLong(6)))
                .list());
    }
}
