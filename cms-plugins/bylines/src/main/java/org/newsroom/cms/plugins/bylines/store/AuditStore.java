package org.newsroom.cms.plugins.bylines.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The append-only {@code plg_bylines_audit} table: who created, edited or merged which contributor, when. */
public final class AuditStore {

    /** One audit entry; {@code detail} says what changed (for a merge: from, into and the byline counts). */
    public record Entry(long id, String action, String actor, Instant at, String contributor, String detail) {
    }

    private final Jdbi jdbi;

    public AuditStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Appends an entry. */
    public void record(String action, String actor, Instant at, String contributor, String detail) {
        jdbi.useHandle(h -> h.createUpdate("insert into plg_bylines_audit (action, actor, at, contributor, detail) "
                        + "values (:action, :actor, :at, :contributor, :detail)")
                .bind("action", action).bind("actor", actor).bind("at", ContributorStore.utc(at))
                .bind("contributor", contributor).bind("detail", detail).execute());
    }

    /** The entries about a contributor (or all when null), oldest first, at most {@code limit}. */
    public List<Entry> list(String contributor, int limit) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("select id, action, actor, at, contributor, detail from plg_bylines_audit"
                    + (contributor == null ? "" : " where contributor = :contributor") + " order by id limit :limit")
                    .bind("limit", limit);
            if (contributor != null) {
                q.bind("contributor", contributor);
            }
            return q.map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("action"), rs.getString("actor"),
                    rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("contributor"),
                    rs.getString("detail"))).list();
        });
    }
}
