package org.newsroom.cms.plugins.tagging.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.newsroom.cms.plugins.tagging.text.TagNames;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/**
 * The vocabulary: tags, their synonyms, merges and the tag audit trail. Every query is by key or index;
 * nothing loads all tags. Articles' tags are in {@link ArticleTagStore}.
 */
public final class TagStore {

    static final String TAG_COLUMNS = "t.id, t.name, t.slug, t.vocabulary, t.code";

    private final Jdbi jdbi;

    public TagStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // ---- lookup ------------------------------------------------------------------------------------

    public Optional<Tag> byId(long id) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.id = :v", id);
    }

    public Optional<Tag> bySlug(String slug) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.slug = :v", slug);
    }

    public Optional<Tag> byCode(String code) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.code = :v", code);
    }

    /** The tag a name means: its own name or one of its synonyms, compared by normalised key. */
    public Optional<Tag> byName(String name) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.norm_key = :v union all select "
                + TAG_COLUMNS + " from plg_tagging_synonym s join plg_tagging_tag t on t.id = s.tag_id "
                + "where s.norm_key = :v", TagNames.key(name));
    }

    /** Is the name's key free, or taken by the given tag itself? */
    public boolean keyFreeFor(String name, Long tagId) {
        Optional<Tag> owner = byName(name);
        return owner.isEmpty() || (tagId != null && owner.get().id() == tagId);
    }

    /** The tags and synonyms whose keys are among {@code keys}, by key (for the suggester). */
    public Map<String, TagSuggester.KnownTerm> lookup(Set<String> keys) {
        Map<String, TagSuggester.KnownTerm> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbi.useHandle(h -> h.createQuery("select t.norm_key, t.id, t.name, t.code, null as synonym "
                        + "from plg_tagging_tag t where t.norm_key = any(:keys) "
                        + "union all select s.norm_key, t.id, t.name, t.code, s.name from plg_tagging_synonym s "
                        + "join plg_tagging_tag t on t.id = s.tag_id where s.norm_key = any(:keys)")
                .bindArray("keys", String.class, keys)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new TagSuggester.KnownTerm(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(e -> found.put(e.getKey(), e.getValue())));
        return found;
    }

    /** Media Topics that have keyword cues, with their cues. */
    public List<TagSuggester.Topic> topics() {
        Map<String, TagSuggester.Topic> topics = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select t.id, t.name, t.code, c.keyword from plg_tagging_topic_cue c "
                        + "join plg_tagging_tag t on t.code = c.code order by t.code, c.keyword")
                .map((rs, ctx) -> new Cue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .forEach(cue -> topics.computeIfAbsent(cue.code(),
                        code -> new TagSuggester.Topic(cue.tagId(), cue.name(), code, new ArrayList<>()))
                        .cues().add(cue.keyword())));
        return List.copyOf(topics.values());
    }

    private record Cue(long tagId, String name, String code, String keyword) {
    }

    /** Tags whose name starts with {@code prefix} (any vocabulary), most used first. */
    public List<Tag> search(String prefix, int limit) {
        String pattern = TagNames.key(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbi.withHandle(h -> h.createQuery("select " + TAG_COLUMNS + " from plg_tagging_tag t "
                        + "where t.norm_key like :pattern order by (select count(*) from plg_tagging_article_tag a "
                        + "where a.tag_id = t.id) desc, t.name limit :limit")
                .bind("pattern", pattern)
                .bind("limit", limit)
                .map(TagStore::tag)
                .list());
    }

    public List<Synonym> synonyms(long tagId) {
        return jdbi.withHandle(h -> h.createQuery("select id, name, language from plg_tagging_synonym "
                        + "where tag_id = :tag order by name")
                .bind("tag", tagId)
                .map((rs, ctx) -> new Synonym(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    /** How many articles carry the tag. */
    public long usage(long tagId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from plg_tagging_article_tag where tag_id = :tag")
                .bind("tag", tagId)
                .mapTo(Long.class)
                .one());
    }

    // ---- changes -----------------------------------------------------------------------------------

    /** A new free tag with a slug no other tag has ("iran", "iran-2"…). */
    public Tag createFree(String name) {
        String clean = TagNames.clean(name);
        return jdbi.withHandle(h -> {
            String slug = freeSlug(h, TagNames.slug(clean));
            long id = h.createQuery("insert into plg_tagging_tag (vocabulary, name, slug, norm_key) "
                            + "values ('free', :name, :slug, :key) returning id")
                    .bind("name", clean)
                    .bind("slug", slug)
                    .bind("key", TagNames.key(clean))
                    .mapTo(Long.class)
                    .one();
            return new Tag(id, clean, slug, "free", null, List.of());
        });
    }

    public void rename(long id, String name) {
        String clean = TagNames.clean(name);
        jdbi.useHandle(h -> h.createUpdate("update plg_tagging_tag set name = :name, norm_key = :key where id = :id")
                .bind("name", clean)
                .bind("key", TagNames.key(clean))
                .bind("id", id)
                .execute());
    }

    public long addSynonym(long tagId, String name, String language) {
        return jdbi.withHandle(h -> addSynonym(h, tagId, name, language));
    }

    /** @return false when the tag has no such synonym */
    public boolean removeSynonym(long tagId, long synonymId) {
        return jdbi.withHandle(h -> h.createUpdate("delete from plg_tagging_synonym where id = :id and tag_id = :tag")
                .bind("id", synonymId)
                .bind("tag", tagId)
                .execute()) > 0;
    }

    public void delete(long tagId) {
        jdbi.useHandle(h -> h.createUpdate("delete from plg_tagging_tag where id = :id").bind("id", tagId).execute());
    }

    /**
     * Moves every article from {@code from} to {@code into} (no duplicates, positions kept), makes the old
     * name and synonyms synonyms of {@code into}, and deletes {@code from}. Several statements: they are one
     * change only because the host runs the request in one transaction, which this method relies on.
     *
     * @return how many articles moved
     */
    public int merge(Tag from, Tag into) {
        return jdbi.withHandle(h -> {
            h.createUpdate("delete from plg_tagging_article_tag a where a.tag_id = :from and exists (select 1 "
                            + "from plg_tagging_article_tag b where b.article_id = a.article_id and b.tag_id = :into)")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            int moved = h.createUpdate("update plg_tagging_article_tag set tag_id = :into where tag_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            h.createUpdate("update plg_tagging_synonym set tag_id = :into where tag_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            h.createUpdate("delete from plg_tagging_tag where id = :from").bind("from", from.id()).execute();
            addSynonym(h, into.id(), from.name(), null);
            return moved;
        });
    }

    /** Who changed the vocabulary how: kept for editors, never shown publicly. */
    public void audit(String actor, String action, String detail) {
        jdbi.useHandle(h -> h.createUpdate("insert into plg_tagging_audit (actor, action, detail) "
                        + "values (:actor, :action, :detail)")
                .bind("actor", actor)
                .bind("action", action)
                .bind("detail", detail)
                .execute());
    }

    // ---- rows --------------------------------------------------------------------------------------

    /** A tag from the first five columns of {@link #TAG_COLUMNS}. */
    static Tag tag(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Tag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of());
    }

    private Optional<Tag> one(String sql, Object value) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("v", value).map(TagStore::tag).findFirst());
    }

    private static long addSynonym(Handle h, long tagId, String name, String language) {
        String clean = TagNames.clean(name);
        return h.createQuery("insert into plg_tagging_synonym (tag_id, name, language, norm_key) "
                        + "values (:tag, :name, :language, :key) returning id")
                .bind("tag", tagId)
                .bind("name", clean)
                .bind("language", language)
                .bind("key", TagNames.key(clean))
                .mapTo(Long.class)
                .one();
    }

    private static String freeSlug(Handle h, String base) {
        String slug = base;
        for (int n = 2; h.createQuery("select count(*) from plg_tagging_tag where slug = :slug").bind("slug", slug)
                .mapTo(Long.class).one() > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
