package org.newsroom.cms.plugins.tagging;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The tagging plugin's tables, through plain JDBC on the CMS datasource (connections join the caller's
 * transaction). Every query is by key or index; nothing loads all tags or runs a query per article.
 */
final class TagStore {

    /** A tag with its synonyms and how many articles carry it. */
    record TagDetail(Tag tag, List<Synonym> synonyms, long articles) {
    }

    /** A synonym of a tag. */
    record Synonym(long id, String name, String language) {
    }

    /** A published article found by tag, positioned for cursor paging. */
    record Published(UUID id, Instant lastPublishedAt) {
    }

    private static final String TAG_COLUMNS = "t.id, t.name, t.slug, t.vocabulary, t.code";

    private final DataSource dataSource;

    TagStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- lookup ------------------------------------------------------------------------------------

    Optional<Tag> byId(long id) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.id = ?", id);
    }

    Optional<Tag> bySlug(String slug) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.slug = ?", slug);
    }

    Optional<Tag> byCode(String code) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.code = ?", code);
    }

    /** The tag a name means: its own name or one of its synonyms, compared by normalised key. */
    Optional<Tag> byName(String name) {
        String key = TagNames.key(name);
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.norm_key = ? union all select "
                + TAG_COLUMNS + " from plg_tagging_synonym s join plg_tagging_tag t on t.id = s.tag_id "
                + "where s.norm_key = ?", key, key);
    }

    Map<String, TagSuggester.KnownTerm> lookup(Set<String> keys) {
        Map<String, TagSuggester.KnownTerm> found = new HashMap<>();
        query("select t.norm_key, t.id, t.name, t.code, null from plg_tagging_tag t where t.norm_key = any(?) "
                + "union all select s.norm_key, t.id, t.name, t.code, s.name from plg_tagging_synonym s "
                + "join plg_tagging_tag t on t.id = s.tag_id where s.norm_key = any(?)", rs -> found.put(rs.getString(1),
                new TagSuggester.KnownTerm(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))),
                keys.toArray(new String[0]), keys.toArray(new String[0]));
        return found;
    }

    List<TagSuggester.Topic> topics() {
        Map<String, TagSuggester.Topic> topics = new LinkedHashMap<>();
        query("select t.id, t.name, t.code, c.keyword from plg_tagging_topic_cue c join plg_tagging_tag t "
                + "on t.code = c.code order by t.code, c.keyword", rs -> topics.computeIfAbsent(rs.getString(3),
                code -> safe(() -> new TagSuggester.Topic(rs.getLong(1), rs.getString(2), code, new ArrayList<>())))
                .cues().add(rs.getString(4)));
        return List.copyOf(topics.values());
    }

    // ---- tags and synonyms -------------------------------------------------------------------------

    Tag createFree(String name) {
        String clean = TagNames.clean(name);
        String slug = freeSlug(TagNames.slug(clean));
        long id = insert("insert into plg_tagging_tag (vocabulary, name, slug, norm_key) values ('free', ?, ?, ?)",
                clean, slug, TagNames.key(clean));
        return byId(id).orElseThrow();
    }

    void rename(long id, String name) {
        String clean = TagNames.clean(name);
        update("update plg_tagging_tag set name = ?, norm_key = ? where id = ?", clean, TagNames.key(clean), id);
    }

    long addSynonym(long tagId, String name, String language) {
        String clean = TagNames.clean(name);
        return insert("insert into plg_tagging_synonym (tag_id, name, language, norm_key) values (?, ?, ?, ?)",
                tagId, clean, language, TagNames.key(clean));
    }

    boolean removeSynonym(long tagId, long synonymId) {
        return update("delete from plg_tagging_synonym where id = ? and tag_id = ?", synonymId, tagId) > 0;
    }

    /** Is the key free, or taken by the given tag itself? */
    boolean keyFreeFor(String name, Long tagId) {
        Optional<Tag> owner = byName(name);
        return owner.isEmpty() || (tagId != null && owner.get().id() == tagId);
    }

    long usage(long tagId) {
        return count("select count(*) from plg_tagging_article_tag where tag_id = ?", tagId);
    }

    void delete(long tagId) {
        update("delete from plg_tagging_tag where id = ?", tagId);
    }

    /**
     * Moves every article from {@code from} to {@code into} (no duplicates, positions kept), makes the old
     * name and synonyms synonyms of {@code into}, and deletes {@code from}.
     *
     * @return how many articles moved
     */
    int merge(Tag from, Tag into) {
        update("delete from plg_tagging_article_tag a where a.tag_id = ? and exists (select 1 from "
                + "plg_tagging_article_tag b where b.article_id = a.article_id and b.tag_id = ?)", from.id(), into.id());
        int moved = update("update plg_tagging_article_tag set tag_id = ? where tag_id = ?", into.id(), from.id());
        update("update plg_tagging_synonym set tag_id = ? where tag_id = ?", into.id(), from.id());
        update("delete from plg_tagging_tag where id = ?", from.id());
        addSynonym(into.id(), from.name(), null);
        return moved;
    }

    TagDetail detail(Tag tag) {
        List<Synonym> synonyms = new ArrayList<>();
        query("select id, name, language from plg_tagging_synonym where tag_id = ? order by name",
                rs -> synonyms.add(new Synonym(rs.getLong(1), rs.getString(2), rs.getString(3))), tag.id());
        return new TagDetail(tag, synonyms, usage(tag.id()));
    }

    /** Tags whose name starts with {@code prefix} (any vocabulary), most used first. */
    List<Tag> search(String prefix, int limit) {
        List<Tag> tags = new ArrayList<>();
        query("select " + TAG_COLUMNS + " from plg_tagging_tag t where t.norm_key like ? order by "
                + "(select count(*) from plg_tagging_article_tag a where a.tag_id = t.id) desc, t.name limit ?",
                rs -> tags.add(tag(rs)), TagNames.key(prefix).replace("%", "\\%") + "%", limit);
        return tags;
    }

    // ---- articles ----------------------------------------------------------------------------------

    List<Tag> tagsOf(UUID articleId) {
        List<Tag> tags = new ArrayList<>();
        query("select " + TAG_COLUMNS + " from plg_tagging_article_tag a join plg_tagging_tag t on t.id = a.tag_id "
                + "where a.article_id = ? order by a.position", rs -> tags.add(tag(rs)), articleId);
        return tags;
    }

    int countOf(UUID articleId) {
        return (int) count("select count(*) from plg_tagging_article_tag where article_id = ?", articleId);
    }

    void replace(UUID articleId, List<Tag> tags) {
        update("delete from plg_tagging_article_tag where article_id = ?", articleId);
        for (int i = 0; i < tags.size(); i++) {
            update("insert into plg_tagging_article_tag (article_id, tag_id, position) values (?, ?, ?)", articleId,
                    tags.get(i).id(), i);
        }
    }

    void storeSuggestions(UUID articleId, List<Suggestion> suggestions) {
        for (Suggestion s : suggestions) {
            update("insert into plg_tagging_suggestion (article_id, name, reason) values (?, ?, ?)", articleId,
                    s.name(), "suggested at wire import: " + s.reason());
        }
    }

    List<Suggestion> storedSuggestions(UUID articleId) {
        List<Suggestion> stored = new ArrayList<>();
        query("select name, reason from plg_tagging_suggestion where article_id = ? order by id",
                rs -> stored.add(new Suggestion(rs.getString(1), null, null, rs.getString(2), 0)), articleId);
        return stored;
    }

    // ---- public (published articles only, through the published_article view) --------------------

    /** Tags on at least one published article, with how many, most used first. */
    List<Map<String, Object>> publicTags() {
        List<Map<String, Object>> tags = new ArrayList<>();
        query("select " + TAG_COLUMNS + ", count(*) from plg_tagging_article_tag a join published_article p "
                + "on p.id = a.article_id join plg_tagging_tag t on t.id = a.tag_id group by t.id "
                + "order by count(*) desc, t.name", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    Tag tag = tag(rs);
                    m.put("name", tag.name());
                    m.put("slug", tag.slug());
                    m.put("vocabulary", tag.vocabulary());
                    m.put("code", tag.code());
                    m.put("articles", rs.getLong(6));
                    tags.add(m);
                });
        return tags;
    }

    /** Published articles with the tag, newest first, strictly after the cursor (index on tag, article). */
    List<Published> publishedWith(long tagId, Published after, int limit) {
        List<Published> found = new ArrayList<>();
        String sql = "select p.id, p.last_published_at from plg_tagging_article_tag a join published_article p "
                + "on p.id = a.article_id where a.tag_id = ?"
                + (after == null ? "" : " and (p.last_published_at, p.id) < (?, ?)")
                + " order by p.last_published_at desc, p.id desc limit ?";
        RowHandler collect = rs -> found.add(new Published(rs.getObject(1, UUID.class),
                rs.getTimestamp(2).toInstant()));
        if (after == null) {
            query(sql, collect, tagId, limit);
        } else {
            query(sql, collect, tagId, Timestamp.from(after.lastPublishedAt()), after.id(), limit);
        }
        return found;
    }

    void audit(String actor, String action, String detail) {
        update("insert into plg_tagging_audit (actor, action, detail) values (?, ?, ?)", actor, action, detail);
    }

    // ---- JDBC plumbing -----------------------------------------------------------------------------

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; bySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Tag tag(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of());
    }

    private Optional<Tag> one(String sql, Object... params) {
        List<Tag> tags = new ArrayList<>();
        query(sql, rs -> tags.add(tag(rs)), params);
        return tags.stream().findFirst();
    }

    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    private static <T> T safe(SqlSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void query(String sql, RowHandler handler, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tagging query failed: " + e.getMessage(), e);
        }
    }

    private long count(String sql, Object... params) {
        long[] n = new long[1];
        query(sql, rs -> n[0] = rs.getLong(1), params);
        return n[0];
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tagging update failed: " + e.getMessage(), e);
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(c, s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tagging insert failed: " + e.getMessage(), e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String[] array) {
                Array sqlArray = c.createArrayOf("varchar", array);
                s.setArray(i + 1, sqlArray);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
