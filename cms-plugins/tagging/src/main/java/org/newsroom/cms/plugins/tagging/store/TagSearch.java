package org.newsroom.cms.plugins.tagging.store;

import java.util.List;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Handle;
import org.newsroom.cms.plugins.tagging.text.TagNames;

/**
 * The SQL of {@link TagStore#search(String, java.util.Locale, int)}: every name a tag answers to (its name,
 * labels, synonyms), compared by normalised key ({@link TagNames#key}: no case, no accents) with
 * {@code starts_with} and {@code position}, which take the query literally, so {@code %} and {@code _} need no
 * escaping. A word starts after a space or one of the joiners tag names may hold, the same set on both sides.
 */
final class TagSearch {

    /** What separates words in a normalised name: the joiners {@link TagNames} allows, and quotes. */
    private static final String SEPARATORS = "[ .,'&/+#()\"’-]+";
    private static final Pattern JAVA_SEPARATORS = Pattern.compile(SEPARATORS);

    private TagSearch() {
    }

    static List<TagMatch> run(Handle h, String q, String lang, int limit) {
        String key = TagNames.key(q);
        if (key.isEmpty()) {
            return h.createQuery("select " + TagStore.TAG_COLUMNS + " from plg_tagging_tag t" + TagStore.LABEL_JOIN
                            + " order by (select count(*) from plg_tagging_article_tag a where a.tag_id = t.id) desc, "
                            + "t.name limit :limit")
                    .bind("lang", lang)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new TagMatch(TagStore.tag(rs, ctx), TagMatch.Field.NAME, rs.getString(2), 1))
                    .list();
        }
        String words = JAVA_SEPARATORS.matcher(key).replaceAll(" ").strip();
        return h.createQuery("with name_of(tag_id, field, text, k, pref) as ("
                        + "select id, 'NAME', name, norm_key, 1 from plg_tagging_tag "
                        + "union all select tag_id, 'LABEL', label, norm_key, 2 from plg_tagging_label "
                        + "union all select tag_id, 'SYNONYM', name, norm_key, 3 from plg_tagging_synonym), "
                        + "ranked as (select tag_id, field, text, pref, case when k = :key then 0 "
                        + "when starts_with(k, :key) then 1 else 2 end as rank from name_of "
                        + "where starts_with(k, :key) or (:words <> '' and position(' ' || :words in "
                        + "' ' || regexp_replace(k, :separators, ' ', 'g')) > 0)), "
                        + "best as (select distinct on (tag_id) tag_id, field, text, rank from ranked "
                        + "order by tag_id, rank, pref) "
                        + "select " + TagStore.TAG_COLUMNS + ", b.field, b.text, b.rank from best b "
                        + "join plg_tagging_tag t on t.id = b.tag_id" + TagStore.LABEL_JOIN
                        + " order by b.rank, (select count(*) from plg_tagging_article_tag a where a.tag_id = t.id) desc, "
                        + "length(t.name), t.name limit :limit")
                .bind("key", key)
                .bind("words", words)
                .bind("separators", SEPARATORS)
                .bind("lang", lang)
                .bind("limit", limit)
                .map((rs, ctx) -> new TagMatch(TagStore.tag(rs, ctx), TagMatch.Field.valueOf(rs.getString(9)),
                        rs.getString(10), rs.getInt(11)))
                .list();
    }
}
