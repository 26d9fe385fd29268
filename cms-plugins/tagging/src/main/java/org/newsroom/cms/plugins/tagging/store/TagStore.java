package org.newsroom.cms.plugins.tagging.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.jdbi.v3.core.statement.StatementContext;
import org.newsroom.cms.plugins.tagging.text.Languages;
import org.newsroom.cms.plugins.tagging.text.TagNames;
import org.newsroom.cms.plugins.tagging.text.TagSuggester;

/**
 * The vocabulary: tags, their synonyms and labels, search, merges (with the old slugs kept as aliases) and the
 * tag audit trail. Every query is by key or index, except the search, which reads names, labels and synonyms
 * (a few thousand rows in a newsroom); nothing loads all tags. Articles' tags are in {@link ArticleTagStore}.
 * Methods without a {@link Locale} label tags in English (Media Topics by their IPTC name).
 */
public final class TagStore {

    /** The columns {@link #tag} reads; queries join {@link #LABEL_JOIN} and bind {@code :lang}. */
    static final String TAG_COLUMNS = "t.id, t.name, t.slug, t.vocabulary, t.code, t.parent_code, l.label, l.lang";
    static final String LABEL_JOIN = " left join plg_tagging_label l on l.tag_id = t.id and l.lang = :lang";
    static final int TAG_COLUMN_COUNT = 8;

    private final Jdbi jdbi;

    private final ArticleAccess changes; // null: nobody to tell (unit tests)

    public TagStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param changes told of every write readers see, so the host renders those articles' public copies again */
    public TagStore(Jdbi jdbi, ArticleAccess changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    // ---- lookup ------------------------------------------------------------------------------------

    public Optional<Tag> byId(long id) {
        return byId(id, Locale.ENGLISH);
    }

    public Optional<Tag> byId(long id, Locale locale) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t" + LABEL_JOIN + " where t.id = :v", id, locale);
    }

    public Optional<Tag> bySlug(String slug) {
        return bySlug(slug, Locale.ENGLISH);
    }

    /** The live tag with this slug (a merged tag's old slug is not one: see {@link #aliasTarget}). */
    public Optional<Tag> bySlug(String slug, Locale locale) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t" + LABEL_JOIN + " where t.slug = :v", slug, locale);
    }

    public Optional<Tag> byCode(String code) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_tag t" + LABEL_JOIN + " where t.code = :v", code,
                Locale.ENGLISH);
    }

    /**
     * The tag a name means: its own name, one of its synonyms or one of its labels in any language, compared
     * by normalised key (in that order, should a newsroom's synonym and a topic's label share a key).
     */
    public Optional<Tag> byName(String name) {
        return one("select * from (select " + TAG_COLUMNS + ", 1 as o from plg_tagging_tag t" + LABEL_JOIN
                + " where t.norm_key = :v union all select " + TAG_COLUMNS + ", 2 from plg_tagging_synonym s "
                + "join plg_tagging_tag t on t.id = s.tag_id" + LABEL_JOIN + " where s.norm_key = :v "
                + "union all select " + TAG_COLUMNS + ", 3 from plg_tagging_label n join plg_tagging_tag t on t.id = n.tag_id"
                + LABEL_JOIN + " where n.norm_key = :v) m order by o", TagNames.key(name), Locale.ENGLISH);
    }

    /**
     * The tag a merged tag's old slug now leads to, when no live tag has the slug (a new tag may take a slug
     * that was merged away, and then wins).
     */
    public Optional<Tag> aliasTarget(String slug, Locale locale) {
        return one("select " + TAG_COLUMNS + " from plg_tagging_slug_alias a join plg_tagging_tag t on t.id = a.tag_id"
                + LABEL_JOIN + " where a.slug = :v and not exists (select 1 from plg_tagging_tag o where o.slug = :v)",
                slug, locale);
    }

    /** The tag's labels in other languages than English, by language ("id" → "politik"). */
    public Map<String, String> labels(long tagId) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select lang, label from plg_tagging_label where tag_id = :tag order by lang")
                .bind("tag", tagId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> labels.put(e.getKey(), e.getValue())));
        return labels;
    }

    /** The broader topics of a Media Topic, the top-level one first ("politics", "government"); empty for free tags. */
    public List<Tag> broader(long tagId, Locale locale) {
        return jdbi.withHandle(h -> h.createQuery("with recursive up(id, depth) as (select p.id, 1 from plg_tagging_tag c "
                        + "join plg_tagging_tag p on p.code = c.parent_code where c.id = :tag union all select p.id, up.depth + 1 "
                        + "from up join plg_tagging_tag c on c.id = up.id join plg_tagging_tag p on p.code = c.parent_code "
                        + "where up.depth < 10) select " + TAG_COLUMNS + " from up join plg_tagging_tag t on t.id = up.id"
                        + LABEL_JOIN + " order by up.depth desc")
                .bind("tag", tagId)
                .bind("lang", Languages.of(locale))
                .map(TagStore::tag)
                .list());
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
        // names first, then synonyms, then labels: where two share a key, the first wins (as in byName)
        jdbi.useHandle(h -> h.createQuery("select t.norm_key, t.id, t.name, t.code, null as synonym, 1 as o "
                        + "from plg_tagging_tag t where t.norm_key = any(:keys) "
                        + "union all select s.norm_key, t.id, t.name, t.code, s.name, 2 from plg_tagging_synonym s "
                        + "join plg_tagging_tag t on t.id = s.tag_id where s.norm_key = any(:keys) "
                        + "union all select n.norm_key, t.id, t.name, t.code, n.label, 3 from plg_tagging_label n "
                        + "join plg_tagging_tag t on t.id = n.tag_id where n.norm_key = any(:keys) order by 6")
                .bindArray("keys", String.class, keys)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new TagSuggester.KnownTerm(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(e -> found.putIfAbsent(e.getKey(), e.getValue())));
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

    /** The tags {@link #search(String, Locale, int)} finds, labelled in English. */
    public List<Tag> search(String q, int limit) {
        return search(q, Locale.ENGLISH, limit).stream().map(TagMatch::tag).toList();
    }

    /**
     * Tags whose name, synonym or label (in any language) matches {@code q}, ignoring case and accents:
     * the whole name first, then names starting with {@code q}, then names with a word starting with it
     * ("perang" finds "konflik, perang dan perdamaian"); within each, the most used first. Every character
     * of {@code q} is literal ({@code %} and {@code _} too). A blank {@code q} lists the most used tags.
     * Each tag comes once, labelled in {@code locale}, with what matched.
     */
    public List<TagMatch> search(String q, Locale locale, int limit) {
        return jdbi.withHandle(h -> TagSearch.run(h, q, Languages.of(locale), limit));
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
    /**
     * A new free tag, or the one another request created with the same name a moment ago: two wire imports or
     * creates introducing the same new tag at once both get that tag (the insert skips a clash, which PostgreSQL
     * decides once the other transaction commits, and the name is read again) instead of a duplicate-key 500.
     */
    public Tag createFree(String name) {
        String clean = TagNames.clean(name);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Tag> made = jdbi.withHandle(h -> {
                String slug = freeSlug(h, TagNames.slug(clean));
                return h.createQuery("insert into plg_tagging_tag (vocabulary, name, slug, norm_key) "
                                + "values ('free', :name, :slug, :key) on conflict do nothing returning id")
                        .bind("name", clean)
                        .bind("slug", slug)
                        .bind("key", TagNames.key(clean))
                        .mapTo(Long.class)
                        .findOne()
                        .map(id -> new Tag(id, clean, slug, "free", null, List.of()));
            });
            if (made.isPresent()) {
                return made.get();
            }
            Optional<Tag> theirs = byName(clean);
            if (theirs.isPresent()) {
                return theirs.get();
            }
            // the slug was taken by a tag of another name meanwhile: choose a free one again
        }
        throw new IllegalStateException("could not create the tag \"" + clean + "\": its slug keeps being taken");
    }

    public void rename(long id, String name) {
        everyArticleChanged();
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
        everyArticleChanged();
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
        everyArticleChanged();
        return jdbi.withHandle(h -> {
            h.createUpdate("delete from plg_tagging_article_tag a where a.tag_id = :from and exists (select 1 "
                            + "from plg_tagging_article_tag b where b.article_id = a.article_id and b.tag_id = :into)")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            int moved = h.createUpdate("update plg_tagging_article_tag set tag_id = :into where tag_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            h.createUpdate("update plg_tagging_synonym set tag_id = :into where tag_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            // the old slug leads to the tag that stays, and so do the slugs merged into the old tag earlier
            h.createUpdate("update plg_tagging_slug_alias set tag_id = :into where tag_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            h.createUpdate("insert into plg_tagging_slug_alias (slug, tag_id) values (:slug, :into) "
                            + "on conflict (slug) do update set tag_id = excluded.tag_id")
                    .bind("slug", from.slug()).bind("into", into.id()).execute();
            h.createUpdate("delete from plg_tagging_slug_alias where slug = :slug").bind("slug", into.slug()).execute();
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

    /** A tag from the {@link #TAG_COLUMNS}: labelled in the language bound as {@code :lang} where it has a label. */
    static Tag tag(ResultSet rs, StatementContext ctx) throws SQLException {
        String label = rs.getString(7);
        return new Tag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of(),
                rs.getString(6), label, label == null ? null : rs.getString(8));
    }

    private Optional<Tag> one(String sql, Object value, Locale locale) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("v", value).bind("lang", Languages.of(locale))
                .map(TagStore::tag).findFirst());
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

    /** A tag's name or existence changed: rare admin work, so every public copy is rendered again. */
    private void everyArticleChanged() {
        if (changes != null) {
            changes.dataChanged(List.of(), true);
        }
    }
}
