package org.newsroom.cms.core.infrastructure.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleFilter;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleSort;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/** Articles in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<Article> find(UUID id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean slugExists(String slug) {
        return !em.createQuery("select 1 from Article a where a.slug = :slug", Integer.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Article> search(ArticleFilter filter, ArticleSort sort, int offset, int limit) {
        String at = sort.byCreated() ? "a.createdAt" : "a.updatedAt";
        String direction = sort.newestFirst() ? " desc" : " asc";
        TypedQuery<Article> query = filtered("select a from Article a join fetch a.author", filter,
                " order by " + at + direction + ", a.id" + direction, Article.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ArticleFilter filter) {
        return filtered("select count(a) from Article a", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, ArticleFilter filter, String order, Class<T> type) {
        boolean restricted = filter.viewer() != null && !filter.hidden().isEmpty();
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and a.status in :statuses");
        }
        if (filter.authorId() != null) {
            jpql.append(" and a.author.id = :author");
        }
        if (filter.section() != null) {
            jpql.append(" and a.section = :section");
        }
        if (filter.headlineContains() != null) {
            jpql.append(" and lower(a.headline) like :headline escape '").append(LIKE_ESCAPE).append("'");
        }
        if (restricted) {
            jpql.append(" and (a.author.id = :viewer or a.status not in :hidden)");
        }
        if (filter.text() != null) { // the working copy's search document (V12), in its own language
            jpql.append(" and function('cms_working_matches', a.id, :text) = 1");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (filter.authorId() != null) {
            query.setParameter("author", filter.authorId());
        }
        if (filter.section() != null) {
            query.setParameter("section", filter.section());
        }
        if (filter.headlineContains() != null) {
            query.setParameter("headline", containsPattern(filter.headlineContains()));
        }
        if (restricted) {
            query.setParameter("viewer", filter.viewer());
            query.setParameter("hidden", filter.hidden());
        }
        if (filter.text() != null) {
            query.setParameter("text", filter.text());
        }
        return query;
    }

    /** Not a backslash: JPQL string literals and PostgreSQL's standard strings read it differently. */
    private static final char LIKE_ESCAPE = '!';

    /**
     * A LIKE pattern matching {@code text} anywhere, lower-cased like the column it is compared with, with
     * {@code %}, {@code _} and the escape character itself taken literally: a headline search for "50%" finds
     * "50% off", not every headline with a 50 in it.
     */
    static String containsPattern(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** No embargo in force at :now: the condition for being public and for being published. */
    private static final String NO_EMBARGO = "(a.embargoUntil is null or a.embargoUntil <= :now)";
    /**
     * The public visibility rule, shared by every public query (the corrections of {@link JpaRevisionRepository}
     * too): a live revision and no embargo in force. Needs the article aliased {@code a} and {@code :now}.
     */
    static final String LIVE = "a.liveRevision is not null and " + NO_EMBARGO;
    /** {@link #LIVE} in SQL, for native queries over the {@code article} table aliased {@code a} (search). */
    static final String LIVE_SQL = "a.live_revision_id is not null and (a.embargo_until is null or a.embargo_until <= :now)";
    /** Hibernate's lock timeout meaning {@code SKIP LOCKED} ({@code org.hibernate.LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;
    /** Bind parameters per IN list, well below PostgreSQL's limit of 32767 per statement. */
    private static final int CHUNK = 5_000;

    @Override
    public Optional<Article> findLiveBySlug(String slug, Instant now) {
        return em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision "
                        + "where a.slug = :slug and " + LIVE, Article.class)
                .setParameter("slug", slug)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Article> findBySlug(String slug) {
        return em.createQuery("select a from Article a join fetch a.author where a.slug = :slug", Article.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public List<Article> findLive(Collection<UUID> ids, Instant now) {
        List<Article> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.addAll(em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision "
                            + "where a.id in :ids and " + LIVE, Article.class)
                    .setParameter("ids", chunk).setParameter("now", now).getResultList());
        }
        return found;
    }

    @Override
    public Set<UUID> liveIds(Collection<UUID> ids, Instant now) {
        Set<UUID> found = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.addAll(em.createQuery("select a.id from Article a where a.id in :ids and " + LIVE, UUID.class)
                    .setParameter("ids", chunk).setParameter("now", now).getResultList());
        }
        return found;
    }

    @Override
    public List<String> liveSlugs(Collection<UUID> ids, Instant now) {
        if (ids.size() == 1) { // the usual case (one article's plugin data): a plan Hibernate keeps, unlike an IN list's
            return em.createQuery("select a.slug from Article a where a.id = :id and " + LIVE, String.class)
                    .setParameter("id", ids.iterator().next()).setParameter("now", now).getResultList();
        }
        List<String> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.addAll(em.createQuery("select a.slug from Article a where a.id in :ids and " + LIVE, String.class)
                    .setParameter("ids", chunk).setParameter("now", now).getResultList());
        }
        return found;
    }

    @Override
    public List<Article> livePage(Collection<UUID> among, PublishOrder order, PublishedCursor after, int limit,
                                  Instant now) {
        String at = order == PublishOrder.FIRST_PUBLISHED ? "a.firstPublishedAt" : "a.lastPublishedAt";
        String jpql = "select a from Article a join fetch a.author join fetch a.liveRevision where " + LIVE
                + (among == null ? "" : " and a.id in :ids")
                + (after == null ? "" : " and (" + at + " < :at or (" + at + " = :at and a.id > :id))")
                + " order by " + at + " desc, a.id";
        List<Article> page = new ArrayList<>();
        for (List<UUID> chunk : among == null ? Collections.<List<UUID>>singletonList(null) : chunks(among)) {
            TypedQuery<Article> query = em.createQuery(jpql, Article.class).setParameter("now", now);
            if (chunk != null) {
                query.setParameter("ids", chunk);
            }
            if (after != null) {
                query.setParameter("at", after.publishedAt()).setParameter("id", after.id());
            }
            page.addAll(query.setMaxResults(limit).getResultList());
        }
        if (among != null && page.size() > 1) { // each chunk is ordered; merge them
            Comparator<Article> newestFirst = Comparator.comparing((Article a) -> order == PublishOrder.FIRST_PUBLISHED
                    ? a.getFirstPublishedAt() : a.getLastPublishedAt()).reversed().thenComparing(Article::getId);
            page.sort(newestFirst);
        }
        return page.size() > limit ? List.copyOf(page.subList(0, limit)) : page;
    }

    @Override
    public List<Article> liveInSection(String section, PublishedCursor after, int limit, Instant now) {
        TypedQuery<Article> query = em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision "
                        + "where " + LIVE + " and a.liveRevision.section = :section"
                        + (after == null ? "" : " and (a.lastPublishedAt < :at or (a.lastPublishedAt = :at and a.id > :id))")
                        + " order by a.lastPublishedAt desc, a.id", Article.class)
                .setParameter("now", now).setParameter("section", section);
        if (after != null) {
            query.setParameter("at", after.publishedAt()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The distinct ids in IN lists of at most {@value #CHUNK} (bind parameters are limited per statement). */
    static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    @Override
    public List<Article> claimDueForPublication(Instant now, int limit) {
        return em.createQuery("select a from Article a where a.status = :scheduled and a.scheduledPublishAt <= :now "
                        + "and " + NO_EMBARGO + " order by a.scheduledPublishAt, a.id", Article.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<MonthTally> liveMonths(ZoneId zone, Instant now) {
        // the month in the newsroom's zone, computed by PostgreSQL: grouping needs the same expression in select
        // and group by, so the zone is a literal (checked to be a plain zone name), not a bind parameter
        String month = "function('to_char', function('timezone', '" + postgresZone(zone) + "', a.firstPublishedAt), "
                + "'YYYY-MM')";
        List<Object[]> rows = em.createQuery("select " + month + ", count(a), max(a.lastPublishedAt) from Article a where "
                        + LIVE + " group by " + month + " order by " + month, Object[].class)
                .setParameter("now", now).getResultList();
        return rows.stream().map(r -> new MonthTally(YearMonth.parse(r[0].toString()), ((Number) r[1]).longValue(),
                (Instant) r[2])).toList();
    }

    /** The zone as PostgreSQL names it: a region id as it is; a fixed offset in POSIX form, whose sign is reversed. */
    static String postgresZone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        String name;
        if (normal instanceof ZoneOffset offset) {
            int seconds = -offset.getTotalSeconds();
            name = String.format(Locale.ROOT, "UTC%s%02d:%02d:%02d", seconds < 0 ? "-" : "+", Math.abs(seconds) / 3600,
                    Math.abs(seconds) / 60 % 60, Math.abs(seconds) % 60);
        } else {
            name = normal.getId();
        }
        if (!name.matches("[A-Za-z0-9/_+:-]+")) { // never true for a ZoneId; the literal stays safe regardless
            throw new IllegalArgumentException("unexpected time zone id " + name);
        }
        return name;
    }

    @Override
    public List<Article> liveFirstPublishedBetween(Instant from, Instant to, int offset, int limit, Instant now) {
        return em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision where " + LIVE
                        + " and a.firstPublishedAt >= :from and a.firstPublishedAt < :to"
                        + " order by a.firstPublishedAt, a.id", Article.class)
                .setParameter("now", now).setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> liveFirstPublishedSince(Instant since, int limit, Instant now) {
        return em.createQuery("select a from Article a join fetch a.author join fetch a.liveRevision where " + LIVE
                        + " and a.firstPublishedAt >= :since order by a.firstPublishedAt desc, a.id", Article.class)
                .setParameter("now", now).setParameter("since", since)
                .setMaxResults(limit).getResultList();
    }
}
