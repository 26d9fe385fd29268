package org.newsroom.cms.plugins.bylines.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
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
            + "c.affiliation, c.needs_confirmation, m.slug as merged_slug, c.created_at, c.updated_at "
            + "from plg_bylines_contributor c left join plg_bylines_contributor m on m.id = c.merged_into ";

    private final Jdbi jdbi;

    private final ArticleAccess changes; // null: nobody to tell (unit tests)

    public ContributorStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param changes told of every write readers see, so the host renders those articles' public copies again */
    public ContributorStore(Jdbi jdbi, ArticleAccess changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    /** The contributor with this slug, merged or not. */
    public Optional<Contributor> bySlug(String slug) {
        return jdbi.withHandle(h -> bySlug(h, slug));
    }

    /**
     * The contributor with this slug, share-locked until the transaction ends, so a merge running at the
     * same time finishes first and the caller sees its result (bylines never point at a merged record).
     */
    public Optional<Contributor> bySlugLocked(String slug) {
        return jdbi.withHandle(h -> one(h.createQuery(SELECT + "where c.slug = :slug for share of c")
                .bind("slug", slug)));
    }

    /** The active contributor linked to this newsroom username. */
    public Optional<Contributor> byUsername(String username) {
        return jdbi.withHandle(h -> byUsername(h, username));
    }

    /** The best active match for a name (case/diacritic-insensitive): confirmed staff before guests. */
    public Optional<Contributor> byName(String name) {
        return jdbi.withHandle(h -> one(h.createQuery(SELECT + "where c.name_key = :key and c.merged_into is null "
                + "order by c.needs_confirmation, c.guest, c.id limit 1").bind("key", Names.key(name))));
    }

    /** Display names of all active contributors (what the wire parser recognises). */
    public List<String> activeNames() {
        return jdbi.withHandle(h -> h.createQuery(
                "select display_name from plg_bylines_contributor where merged_into is null")
                .mapTo(String.class).list());
    }

    /**
     * Active contributors by slug after {@code after} (the last slug of the previous page, or null),
     * optionally only those whose name contains {@code query} or only those awaiting confirmation. The name is
     * compared by key ({@link Names#key}: no case, accents or punctuation) with {@code strpos}, which takes the
     * text literally: {@code %} and {@code _} are never wildcards, and a query of punctuation only matches nothing.
     */
    public List<Contributor> list(String query, Boolean needsConfirmation, String after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append("where c.merged_into is null");
        boolean byName = query != null && !query.isBlank();
        boolean paged = after != null && !after.isBlank();
        if (byName) {
            sql.append(" and :name <> '' and strpos(c.name_key, :name) > 0");
        }
        if (needsConfirmation != null) {
            sql.append(" and c.needs_confirmation = :needsConfirmation");
        }
        if (paged) {
            sql.append(" and c.slug > :after");
        }
        sql.append(" order by c.slug limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", limit);
            if (byName) {
                q.bind("name", Names.key(query));
            }
            if (needsConfirmation != null) {
                q.bind("needsConfirmation", needsConfirmation.booleanValue());
            }
            if (paged) {
                q.bind("after", after);
            }
            return q.map(ContributorStore::row).list();
        });
    }

    /** Creates a contributor with the requested slug, or a unique one derived from the name. */
    public Contributor insert(Fields f, Instant now) {
        return jdbi.withHandle(h -> {
            String slug = f.slug() != null ? f.slug()
                    : Names.uniqueSlug(Names.slugify(f.displayName()), s -> taken(h, s));
            h.createUpdate("insert into plg_bylines_contributor (slug, display_name, name_key, bio, username, guest, "
                            + "affiliation, needs_confirmation, created_at, updated_at) values (:slug, :displayName, "
                            + ":nameKey, :bio, :username, :guest, :affiliation, :needsConfirmation, :now, :now)")
                    .bind("slug", slug).bindMap(fields(f)).bind("now", utc(now)).execute();
            return bySlug(h, slug).orElseThrow();
        });
    }

    /** Replaces the editable fields (the slug never changes: links to author pages stay valid). */
    public Contributor update(Contributor current, Fields f, Instant now) {
        return jdbi.withHandle(h -> {
            changed(h, current.id());
            h.createUpdate("update plg_bylines_contributor set display_name = :displayName, name_key = :nameKey, "
                            + "bio = :bio, username = :username, guest = :guest, affiliation = :affiliation, "
                            + "needs_confirmation = :needsConfirmation, updated_at = :now where id = :id")
                    .bindMap(fields(f)).bind("now", utc(now)).bind("id", current.id()).execute();
            return bySlug(h, current.slug()).orElseThrow();
        });
    }

    /** {@link #forUsername(String, String, Instant)} with the username as display name (tools, tests). */
    public Optional<Contributor> forUsername(String username, Instant now) {
        return forUsername(username, username, now);
    }

    /**
     * The contributor linked to a newsroom username, created if there is none (named as the account shows:
     * its display name, e.g. "Hermansyah" for {@code hms01}; slug from that name); empty only if a request of
     * the same new user took the slug at the same moment. Safe when two requests of the same new user race:
     * the loser reads the winner's.
     */
    public Optional<Contributor> forUsername(String username, String displayName, Instant now) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return jdbi.withHandle(h -> {
            Optional<Contributor> existing = byUsername(h, username);
            if (existing.isPresent()) {
                return existing;
            }
            String slug = Names.uniqueSlug(Names.slugify(name), s -> taken(h, s));
            h.createUpdate("insert into plg_bylines_contributor (slug, display_name, name_key, username, guest, "
                            + "needs_confirmation, created_at, updated_at) values (:slug, :name, :nameKey, "
                            + ":username, false, false, :now, :now) on conflict do nothing")
                    .bind("slug", slug).bind("name", name).bind("username", username).bind("nameKey", Names.key(name))
                    .bind("now", utc(now)).execute();
            return byUsername(h, username);
        });
    }

    /**
     * Renames the active contributor linked to {@code username} (the slug stays, so author pages keep their
     * address); bylines show the new name on their next delivery, since they are rendered from the record.
     *
     * @return the renamed contributor, or empty when the account has none yet
     */
    public Optional<Contributor> renameStaff(String username, String displayName, Instant now) {
        return jdbi.withHandle(h -> {
            Optional<Contributor> staff = byUsername(h, username);
            staff.ifPresent(c -> changed(h, c.id()));
            staff.ifPresent(c -> h.createUpdate("update plg_bylines_contributor set display_name = :name, "
                            + "name_key = :nameKey, updated_at = :now where id = :id")
                    .bind("name", displayName.strip()).bind("nameKey", Names.key(displayName))
                    .bind("now", utc(now)).bind("id", c.id()).execute());
            return staff.isEmpty() ? staff : byUsername(h, username);
        });
    }

    /** Locks both rows, then moves every byline of {@code from} to {@code into} and marks {@code from} merged. */
    public MergeCounts merge(Contributor from, Contributor into, Instant now) {
        return jdbi.withHandle(h -> {
            h.createQuery("select id from plg_bylines_contributor where id in (:from, :into) order by id for update")
                    .bind("from", from.id()).bind("into", into.id()).mapTo(Long.class).list();
            changed(h, from.id()); // its articles show the other name now
            int dropped = h.createUpdate("delete from plg_bylines_byline s where s.contributor_id = :from and exists "
                            + "(select 1 from plg_bylines_byline t where t.article_id = s.article_id "
                            + "and t.contributor_id = :into and t.role = s.role)")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            int moved = h.createUpdate(
                            "update plg_bylines_byline set contributor_id = :into where contributor_id = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            h.createUpdate("update plg_bylines_contributor set merged_into = :into where merged_into = :from")
                    .bind("from", from.id()).bind("into", into.id()).execute();
            if (into.username() == null && from.username() != null) { // the account follows the person
                h.createUpdate("update plg_bylines_contributor set username = null where id = :from")
                        .bind("from", from.id()).execute();
                h.createUpdate("update plg_bylines_contributor set username = :username where id = :into")
                        .bind("username", from.username()).bind("into", into.id()).execute();
            }
            h.createUpdate("update plg_bylines_contributor set merged_into = :into, needs_confirmation = false, "
                            + "updated_at = :now where id = :from")
                    .bind("into", into.id()).bind("now", utc(now)).bind("from", from.id()).execute();
            return new MergeCounts(moved, dropped);
        });
    }

    private static Map<String, Object> fields(Fields f) {
        Map<String, Object> values = new HashMap<>(); // Map.of refuses the null fields
        values.put("displayName", f.displayName());
        values.put("nameKey", Names.key(f.displayName()));
        values.put("bio", f.bio());
        values.put("username", f.username());
        values.put("guest", f.guest());
        values.put("affiliation", f.affiliation());
        values.put("needsConfirmation", f.needsConfirmation());
        return values;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Optional<Contributor> bySlug(Handle h, String slug) {
        return one(h.createQuery(SELECT + "where c.slug = :slug").bind("slug", slug));
    }

    private static Optional<Contributor> byUsername(Handle h, String username) {
        return one(h.createQuery(SELECT + "where c.username = :username and c.merged_into is null")
                .bind("username", username));
    }

    private static boolean taken(Handle h, String slug) {
        return h.createQuery("select 1 from plg_bylines_contributor where slug = :slug").bind("slug", slug)
                .mapTo(Integer.class).findOne().isPresent();
    }

    private static Optional<Contributor> one(Query query) {
        return query.map(ContributorStore::row).findFirst();
    }

    private static Contributor row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Contributor(rs.getLong("id"), rs.getString("slug"), rs.getString("display_name"),
                rs.getString("bio"), rs.getString("username"), rs.getBoolean("guest"), rs.getString("affiliation"),
                rs.getBoolean("needs_confirmation"), rs.getString("merged_slug"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Every article with a byline of this contributor shows what changed about them (a rename, a merge). */
    private void changed(Handle h, long contributorId) {
        if (changes != null) {
            List<UUID> articles = h.createQuery("select distinct article_id from plg_bylines_byline "
                    + "where contributor_id = :contributor").bind("contributor", contributorId).mapTo(UUID.class).list();
            changes.dataChanged(articles);
        }
    }
}
