package org.newsroom.cms.plugins.bylines.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsroom.cms.plugins.bylines.text.Names;

/** The {@code plg_bylines_contributor} table: find, create, edit and merge contributors. */
public final class ContributorStore {

    /** The editable fields of a contributor; {@code slug} null to derive it from the name. */
    public record Fields(String slug, String displayName, String bio, String username, boolean guest,
                         String affiliation, boolean needsConfirmation) {
    }

    /** What a merge did: bylines moved to the target, and bylines dropped because the target had them. */
    public record MergeCounts(int moved, int dropped) {
    }

    private static final String SELECT = "select c.id, c.slug, c.display_name, c.bio, c.username, c.guest, "
            + "c.affiliation, c.needs_confirmation, m.slug, c.created_at, c.updated_at "
            + "from plg_bylines_contributor c left join plg_bylines_contributor m on m.id = c.merged_into ";

    /** The contributor with this slug, merged or not. */
    public Optional<Contributor> bySlug(Connection c, String slug) throws SQLException {
        return one(c, SELECT + "where c.slug = ?", slug);
    }

    /**
     * The contributor with this slug, share-locked until the transaction ends, so a merge running at the
     * same time finishes first and the caller sees its result (bylines never point at a merged record).
     */
    public Optional<Contributor> bySlugLocked(Connection c, String slug) throws SQLException {
        return one(c, SELECT + "where c.slug = ? for share of c", slug);
    }

    /** The active contributor linked to this newsroom username. */
    public Optional<Contributor> byUsername(Connection c, String username) throws SQLException {
        return one(c, SELECT + "where c.username = ? and c.merged_into is null", username);
    }

    /** The best active match for a name (case/diacritic-insensitive): confirmed staff before guests. */
    public Optional<Contributor> byName(Connection c, String name) throws SQLException {
        return one(c, SELECT + "where c.name_key = ? and c.merged_into is null "
                + "order by c.needs_confirmation, c.guest, c.id limit 1", Names.key(name));
    }

    /** Display names of all active contributors (what the wire parser recognises). */
    public List<String> activeNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select display_name from plg_bylines_contributor where merged_into is null");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Active contributors by slug after {@code after} (a cursor: the last slug of the previous page),
     * optionally only those whose name contains {@code query} or only those awaiting confirmation.
     */
    public List<Contributor> list(Connection c, String query, Boolean needsConfirmation, String after, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append("where c.merged_into is null");
        List<Object> params = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            sql.append(" and c.name_key like ?");
            params.add("%" + Names.key(query).replace("%", "").replace("_", "") + "%");
        }
        if (needsConfirmation != null) {
            sql.append(" and c.needs_confirmation = ?");
            params.add(needsConfirmation);
        }
        if (after != null && !after.isBlank()) {
            sql.append(" and c.slug > ?");
            params.add(after);
        }
        sql.append(" order by c.slug limit ?");
        params.add(limit);
        return many(c, sql.toString(), params.toArray());
    }

    /** Creates a contributor with the requested slug, or a unique one derived from the name. */
    public Contributor insert(Connection c, Fields f, Instant now) throws SQLException {
        String slug = f.slug() != null ? f.slug() : Names.uniqueSlug(Names.slugify(f.displayName()), s -> taken(c, s));
        try (PreparedStatement s = c.prepareStatement("insert into plg_bylines_contributor (slug, display_name, "
                + "name_key, bio, username, guest, affiliation, needs_confirmation, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, slug);
            bind(s, 2, f, now);
            s.setObject(10, utc(now));
            s.executeUpdate();
        }
        return bySlug(c, slug).orElseThrow();
    }

    /** Replaces the editable fields (the slug never changes: links to author pages stay valid). */
    public Contributor update(Connection c, Contributor current, Fields f, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update plg_bylines_contributor set display_name = ?, "
                + "name_key = ?, bio = ?, username = ?, guest = ?, affiliation = ?, needs_confirmation = ?, "
                + "updated_at = ? where id = ?")) {
            bind(s, 1, f, now);
            s.setLong(9, current.id());
            s.executeUpdate();
        }
        return bySlug(c, current.slug()).orElseThrow();
    }

    /**
     * The contributor linked to a newsroom username, created on first use (display name = username, slug
     * from the username). Safe when two requests of the same new user race: the loser reads the winner's.
     */
    public Contributor forUsername(Connection c, String username, Instant now) throws SQLException {
        Optional<Contributor> existing = byUsername(c, username);
        if (existing.isPresent()) {
            return existing.get();
        }
        String slug = Names.uniqueSlug(Names.slugify(username), s -> taken(c, s));
        try (PreparedStatement s = c.prepareStatement("insert into plg_bylines_contributor (slug, display_name, "
                + "name_key, username, guest, needs_confirmation, created_at, updated_at) "
                + "values (?, ?, ?, ?, false, false, ?, ?) on conflict do nothing")) {
            s.setString(1, slug);
            s.setString(2, username);
            s.setString(3, Names.key(username));
            s.setString(4, username);
            s.setObject(5, utc(now));
            s.setObject(6, utc(now));
            s.executeUpdate();
        }
        return byUsername(c, username).orElseThrow(() -> new SQLException(
                "could not create a contributor for " + username + " (slug " + slug + " taken meanwhile)"));
    }

    /** Locks both rows, then moves every byline of {@code from} to {@code into} and marks {@code from} merged. */
    public MergeCounts merge(Connection c, Contributor from, Contributor into, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select id from plg_bylines_contributor where id in (?, ?) order by id for update")) {
            s.setLong(1, from.id());
            s.setLong(2, into.id());
            s.executeQuery().close();
        }
        int dropped = update(c, "delete from plg_bylines_byline s where s.contributor_id = ? and exists (select 1 "
                + "from plg_bylines_byline t where t.article_id = s.article_id and t.contributor_id = ? "
                + "and t.role = s.role)", from.id(), into.id());
        int moved = update(c, "update plg_bylines_byline set contributor_id = ? where contributor_id = ?",
                into.id(), from.id());
        update(c, "update plg_bylines_contributor set merged_into = ? where merged_into = ?", into.id(), from.id());
        if (into.username() == null && from.username() != null) { // the account follows the person
            update(c, "update plg_bylines_contributor set username = null where id = ?", from.id());
            try (PreparedStatement s = c.prepareStatement(
                    "update plg_bylines_contributor set username = ? where id = ?")) {
                s.setString(1, from.username());
                s.setLong(2, into.id());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("update plg_bylines_contributor set merged_into = ?, "
                + "needs_confirmation = false, updated_at = ? where id = ?")) {
            s.setLong(1, into.id());
            s.setObject(2, utc(now));
            s.setLong(3, from.id());
            s.executeUpdate();
        }
        return new MergeCounts(moved, dropped);
    }

    private boolean taken(Connection c, String slug) {
        try (PreparedStatement s = c.prepareStatement("select 1 from plg_bylines_contributor where slug = ?")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new Db.StoreException(e);
        }
    }

    private static void bind(PreparedStatement s, int from, Fields f, Instant now) throws SQLException {
        s.setString(from, f.displayName());
        s.setString(from + 1, Names.key(f.displayName()));
        nullable(s, from + 2, f.bio());
        nullable(s, from + 3, f.username());
        s.setBoolean(from + 4, f.guest());
        nullable(s, from + 5, f.affiliation());
        s.setBoolean(from + 6, f.needsConfirmation());
        s.setObject(from + 7, utc(now));
    }

    private static void nullable(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    private static int update(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, a);
            s.setLong(2, b);
            return s.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, long a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, a);
            return s.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Optional<Contributor> one(Connection c, String sql, Object... params) throws SQLException {
        List<Contributor> all = many(c, sql, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<Contributor> many(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Contributor> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Contributor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                            rs.getObject(10, OffsetDateTime.class).toInstant(),
                            rs.getObject(11, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        }
    }
}
