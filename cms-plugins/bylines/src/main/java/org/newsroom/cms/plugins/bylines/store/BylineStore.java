package org.newsroom.cms.plugins.bylines.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.plugins.bylines.text.Role;

/** The {@code plg_bylines_byline} table: an article's ordered (contributor, role) list, and author pages. */
public final class BylineStore {

    /** One byline as shown: contributor slug and name, role, and the contributor's guest flags. */
    public record Byline(String slug, String name, Role role, boolean guest, boolean needsConfirmation) {
    }

    /** A byline to store: which contributor, in which role. */
    public record Entry(long contributorId, Role role) {
    }

    /** A published article on an author page, with the key the page is ordered and paged by. */
    public record PublishedRef(UUID id, Instant firstPublishedAt) {
    }

    /** The article's bylines in order. */
    public List<Byline> of(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select c.slug, c.display_name, b.role, c.guest, "
                + "c.needs_confirmation from plg_bylines_byline b join plg_bylines_contributor c "
                + "on c.id = b.contributor_id where b.article_id = ? order by b.position")) {
            s.setObject(1, articleId);
            List<Byline> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Byline(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)).orElseThrow(),
                            rs.getBoolean(4), rs.getBoolean(5)));
                }
            }
            return out;
        }
    }

    /** Replaces the article's bylines with these, in this order (duplicates must be removed before). */
    public void replace(Connection c, UUID articleId, List<Entry> bylines) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from plg_bylines_byline where article_id = ?")) {
            s.setObject(1, articleId);
            s.executeUpdate();
        }
        if (bylines.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into plg_bylines_byline "
                + "(article_id, position, contributor_id, role) values (?, ?, ?, ?)")) {
            int position = 0;
            for (Entry e : bylines) {
                s.setObject(1, articleId);
                s.setInt(2, position++);
                s.setLong(3, e.contributorId());
                s.setString(4, e.role().value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Adds a byline after the existing ones, unless the contributor already has that role on the article. */
    public void append(Connection c, UUID articleId, Entry byline) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into plg_bylines_byline "
                + "(article_id, position, contributor_id, role) select ?, coalesce(max(position) + 1, 0), ?, ? "
                + "from plg_bylines_byline where article_id = ? on conflict do nothing")) {
            s.setObject(1, articleId);
            s.setLong(2, byline.contributorId());
            s.setString(3, byline.role().value());
            s.setObject(4, articleId);
            s.executeUpdate();
        }
    }

    /** Whether the article has at least one byline in this role. */
    public boolean hasRole(Connection c, UUID articleId, Role role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select 1 from plg_bylines_byline where article_id = ? and role = ? limit 1")) {
            s.setObject(1, articleId);
            s.setString(2, role.value());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** How many bylines name this contributor. */
    public int count(Connection c, long contributorId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select count(*) from plg_bylines_byline where contributor_id = ?")) {
            s.setLong(1, contributorId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * The contributor's published articles, newest first publication first, after the cursor (exclusive;
     * null for the first page). Selected through the {@code published_article} view, the CMS's rule of
     * what readers may see.
     */
    public List<PublishedRef> published(Connection c, long contributorId, PublishedRef after, int limit)
            throws SQLException {
        String sql = "select p.id, p.first_published_at from published_article p where p.first_published_at "
                + "is not null and exists (select 1 from plg_bylines_byline b where b.article_id = p.id "
                + "and b.contributor_id = ?)" + (after == null ? "" : " and (p.first_published_at, p.id) < (?, ?)")
                + " order by p.first_published_at desc, p.id desc limit ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, contributorId);
            if (after != null) {
                s.setObject(i++, ContributorStore.utc(after.firstPublishedAt()));
                s.setObject(i++, after.id());
            }
            s.setInt(i, limit);
            List<PublishedRef> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublishedRef(rs.getObject(1, UUID.class),
                            rs.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        }
    }
}
