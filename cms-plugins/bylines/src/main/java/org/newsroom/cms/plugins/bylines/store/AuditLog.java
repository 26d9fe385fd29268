package org.newsroom.cms.plugins.bylines.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The append-only {@code plg_bylines_audit} table: who created, edited or merged which contributor, when. */
public final class AuditLog {

    /** One audit entry; {@code detail} says what changed (for a merge: from, into and the byline counts). */
    public record Entry(long id, String action, String actor, Instant at, String contributor, String detail) {
    }

    /** Appends an entry. */
    public void record(Connection c, String action, String actor, Instant at, String contributor, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into plg_bylines_audit "
                + "(action, actor, at, contributor, detail) values (?, ?, ?, ?, ?)")) {
            s.setString(1, action);
            s.setString(2, actor);
            s.setObject(3, ContributorStore.utc(at));
            s.setString(4, contributor);
            s.setString(5, detail);
            s.executeUpdate();
        }
    }

    /** The entries about a contributor (or all when null), oldest first, at most {@code limit}. */
    public List<Entry> list(Connection c, String contributor, int limit) throws SQLException {
        String sql = "select id, action, actor, at, contributor, detail from plg_bylines_audit"
                + (contributor == null ? "" : " where contributor = ?") + " order by id limit ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (contributor != null) {
                s.setString(i++, contributor);
            }
            s.setInt(i, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        }
    }
}
