package org.newsroom.cms.core.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.newsroom.cms.core.domain.search.PublicSearch;
import org.newsroom.cms.core.domain.search.SearchCursor;
import org.newsroom.cms.core.domain.search.SearchDocument;
import org.newsroom.cms.core.domain.search.SearchHit;
import org.newsroom.cms.core.domain.search.SearchIndex;
import org.newsroom.cms.core.domain.search.SearchResult;
import org.newsroom.cms.core.domain.search.SearchScope;
import org.newsroom.cms.core.domain.search.Snippets;

/**
 * Search documents in {@code article_search} (migration V12), queried with PostgreSQL full-text search:
 * {@code websearch_to_tsquery} in the document's own configuration, {@code ts_rank_cd × recency}, snippets from
 * {@code ts_headline}. The match is written once per configuration so each arm can use the GIN index.
 */
@ApplicationScoped
public class PgSearchIndex implements SearchIndex {

    /** Configurations a document may have (the check constraint of V12). */
    private static final List<String> CONFIGS = List.of("indonesian", "english", "simple");
    private static final String HEADLINE_OPTIONS = "StartSel=" + SearchDocument.MARK_START + ", StopSel="
            + SearchDocument.MARK_END + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    /** {@link SearchCursor#recency} in SQL: age in days from the reference time, halving at 30 days. */
    private static final String SCORE = "cast(ts_rank_cd(c.document, websearch_to_tsquery(cast(c.config as regconfig), :q)) "
            + "as float8) / (1.0 + greatest(0, cast(extract(epoch from (cast(:reference as timestamptz) - c.published_at)) "
            + "as float8)) / 86400.0 / " + SearchCursor.HALF_LIFE_DAYS + ")";
    /**
     * How many of the newest matches are ranked. {@code ts_rank_cd} reads each candidate's whole document, so
     * ranking every match grows with the archive (a common word matches most of 100,000 stories); the newest
     * 500, weighed by recency anyway, keep a query's cost flat. Paging covers these candidates.
     */
    static final int CANDIDATES = 500;
    /** Matches are counted up to this many; past it {@link SearchResult#totalExact} is false. */
    static final int COUNTED = 1_000;
    /** Snippets are cut from the first this many characters of the text (ts_headline parses all it is given). */
    private static final int SNIPPET_SOURCE = 4_000;

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public void put(SearchDocument d) {
        em.createNativeQuery("insert into article_search (article_id, scope, config, document, headline, content, section, "
                        + "filter_keys, published_at, embargo_until) values (:id, :scope, cms_search_config(:language), "
                        + "cms_search_document(cms_search_config(:language), :headline, :standfirst, :extra, :body), "
                        + ":headline, :content, nullif(:section, ''), string_to_array(:keys, ' '), :published, :embargo) "
                        + "on conflict (article_id, scope) do update set config = excluded.config, "
                        + "document = excluded.document, headline = excluded.headline, content = excluded.content, "
                        + "section = excluded.section, filter_keys = excluded.filter_keys, "
                        + "published_at = excluded.published_at, embargo_until = excluded.embargo_until")
                .setParameter("id", d.articleId())
                .setParameter("scope", d.scope().name())
                .setParameter("language", d.language() == null ? "" : d.language())
                .setParameter("headline", d.headline())
                .setParameter("standfirst", d.standfirst())
                .setParameter("extra", d.pluginText())
                .setParameter("body", d.body())
                .setParameter("content", d.content())
                .setParameter("section", d.section() == null ? "" : d.section())
                .setParameter("keys", String.join(" ", d.keys()))
                .setParameter("published", timestamp(d.publishedAt()))
                .setParameter("embargo", timestamp(d.embargoUntil()))
                .executeUpdate();
    }

    @Override
    public void embargo(UUID articleId, Instant embargoUntil) {
        em.createNativeQuery("update article_search set embargo_until = :embargo where article_id = :id and scope = 'LIVE' "
                        + "and embargo_until is distinct from :embargo")
                .setParameter("id", articleId).setParameter("embargo", timestamp(embargoUntil)).executeUpdate();
    }

    @Override
    public void remove(UUID articleId, SearchScope scope) {
        em.createNativeQuery("delete from article_search where article_id = :id and scope = :scope")
                .setParameter("id", articleId).setParameter("scope", scope.name()).executeUpdate();
    }

    /**
     * The matches are counted first (up to {@link #COUNTED}). Then, in one statement: the
     * newest {@link #CANDIDATES} visible matches, found, filtered and ordered in {@code article_search} alone;
     * those ranked; the page of them joined to their articles (the visibility rule checked once more) with its
     * snippets. How the candidates are found follows the count: for a word in fewer than {@link #COUNTED}
     * stories, all of them sorted by date (the sort key is an expression, so the planner cannot walk
     * the date index instead and test every document on the way, which for a rare word is most of them); for a
     * commoner one, down the date index, where matches come thick and the walk stops after {@link #CANDIDATES}.
     */
    @Override
    public SearchResult search(PublicSearch query, Instant now, Instant reference) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, now, params);
        Query count = em.createNativeQuery("select count(*) from (select 1 from article_search s where " + where
                + " limit " + (COUNTED + 1) + ") m");
        params.forEach(count::setParameter);
        long counted = ((Number) count.getSingleResult()).longValue();
        if (counted == 0) {
            return new SearchResult(List.of(), 0, true, null);
        }
        String newest = counted > COUNTED ? "s.published_at" : "(s.published_at + interval '0 s')";
        String candidates = "select s.article_id, s.config, s.document, s.published_at from article_search s where "
                + where + " order by " + newest + " desc, s.article_id limit " + CANDIDATES;
        String ranked = "select c.article_id, c.config, c.published_at, " + SCORE + " as score from (" + candidates
                + ") c";
        String page = "select * from (" + ranked + ") hit"
                + (query.after() == null ? "" : " where hit.score < :score or (hit.score = :score and hit.article_id > :after)")
                + " order by hit.score desc, hit.article_id limit :limit";
        String sql = "select p.article_id, a.slug, s.headline, p.published_at, p.score, ts_headline(cast(p.config "
                + "as regconfig), left(s.content, " + SNIPPET_SOURCE + "), websearch_to_tsquery(cast(p.config as "
                + "regconfig), :q), '" + HEADLINE_OPTIONS + "') from (" + page + ") p join article a on a.id = "
                + "p.article_id join article_search s on s.article_id = p.article_id and s.scope = 'LIVE' where "
                + JpaArticleRepository.LIVE_SQL + " order by p.score desc, p.article_id";
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("reference", reference).setParameter("limit", query.limit());
        if (query.after() != null) {
            q.setParameter("score", query.after().score()).setParameter("after", query.after().id());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new SearchHit((UUID) r[0], (String) r[1], (String) r[2], Snippets.html((String) r[5]),
                    instant(r[3]), ((Number) r[4]).doubleValue()));
        }
        SearchCursor next = null;
        if (hits.size() == query.limit()) {
            SearchHit last = hits.get(hits.size() - 1);
            next = new SearchCursor(reference, last.score(), last.articleId());
        }
        return new SearchResult(hits, Math.min(counted, COUNTED), counted <= COUNTED, next);
    }

    /** The live documents of public articles matching the text and the filters ({@code article_search} alone). */
    private static String where(PublicSearch query, Instant now, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("s.scope = 'LIVE' and (s.embargo_until is null or s.embargo_until <= :now)");
        params.put("now", now);
        params.put("q", query.q());
        sql.append(" and (");
        for (int i = 0; i < CONFIGS.size(); i++) {
            String config = CONFIGS.get(i);
            sql.append(i == 0 ? "" : " or ").append("(s.config = '").append(config)
                    .append("' and s.document @@ websearch_to_tsquery('").append(config).append("', :q))");
        }
        sql.append(')');
        if (query.tag() != null) {
            sql.append(" and s.filter_keys @> array[cast(:tag as text)]");
            params.put("tag", "tag:" + query.tag());
        }
        if (query.author() != null) {
            sql.append(" and s.filter_keys @> array[cast(:author as text)]");
            params.put("author", "author:" + query.author());
        }
        if (query.section() != null) {
            sql.append(" and s.section = :section");
            params.put("section", query.section());
        }
        if (query.from() != null) {
            sql.append(" and s.published_at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and s.published_at < :to");
            params.put("to", query.to());
        }
        return sql.toString();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
