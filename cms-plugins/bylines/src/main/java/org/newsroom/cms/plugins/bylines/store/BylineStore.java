package org.newsroom.cms.plugins.bylines.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.newsroom.cms.plugins.bylines.text.Role;

/** The {@code plg_bylines_byline} table: an article's ordered (contributor, role) list, and author pages. */
public final class BylineStore {

    /** One byline as shown: the contributor (id, slug, name), role, and the contributor's guest flags. */
    public record Byline(long contributorId, String slug, String name, Role role, boolean guest,
                         boolean needsConfirmation) {
    }

    /** A byline to store: which contributor, in which role. */
    public record Entry(long contributorId, Role role) {
    }

    private final Jdbi jdbi;

    private final ArticleAccess changes; // null: nobody to tell (unit tests)

    public BylineStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param changes told of every write readers see, so the host renders those articles' public copies again */
    public BylineStore(Jdbi jdbi, ArticleAccess changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    /** The article's bylines in order. */
    public List<Byline> of(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery("select c.id, c.slug, c.display_name, b.role, c.guest, "
                        + "c.needs_confirmation from plg_bylines_byline b join plg_bylines_contributor c "
                        + "on c.id = b.contributor_id where b.article_id = :article order by b.position")
                .bind("article", articleId)
                .map((rs, ctx) -> new Byline(rs.getLong("id"), rs.getString("slug"), rs.getString("display_name"),
                        Role.of(rs.getString("role")).orElseThrow(), rs.getBoolean("guest"),
                        rs.getBoolean("needs_confirmation")))
                .list());
    }

    /** Replaces the article's bylines with these, in this order (duplicates must be removed before). */
    public void replace(UUID articleId, List<Entry> bylines) {
        changed(articleId);
        jdbi.useHandle(h -> {
            h.createUpdate("delete from plg_bylines_byline where article_id = :article").bind("article", articleId)
                    .execute();
            if (bylines.isEmpty()) {
                return;
            }
            PreparedBatch batch = h.prepareBatch("insert into plg_bylines_byline (article_id, position, "
                    + "contributor_id, role) values (:article, :position, :contributor, :role)");
            int position = 0;
            for (Entry e : bylines) {
                batch.bind("article", articleId).bind("position", position++).bind("contributor", e.contributorId())
                        .bind("role", e.role().value()).add();
            }
            batch.execute();
        });
    }

    /** Adds a byline after the existing ones, unless the contributor already has that role on the article. */
    public void append(UUID articleId, Entry byline) {
        changed(articleId);
        jdbi.useHandle(h -> h.createUpdate("insert into plg_bylines_byline (article_id, position, contributor_id, "
                        + "role) select :article, coalesce(max(position) + 1, 0), :contributor, :role "
                        + "from plg_bylines_byline where article_id = :article on conflict do nothing")
                .bind("article", articleId).bind("contributor", byline.contributorId())
                .bind("role", byline.role().value()).execute());
    }

    /** Whether the article has at least one byline in one of these roles. */
    public boolean hasRole(UUID articleId, Collection<Role> roles) {
        return jdbi.withHandle(h -> h.createQuery("select 1 from plg_bylines_byline where article_id = :article "
                        + "and role in (<roles>) limit 1")
                .bind("article", articleId).bindList("roles", roles.stream().map(Role::value).toList())
                .mapTo(Integer.class).findOne().isPresent());
    }

    /** How many bylines name this contributor. */
    public int count(long contributorId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from plg_bylines_byline "
                + "where contributor_id = :contributor").bind("contributor", contributorId).mapTo(Integer.class).one());
    }

    /**
     * Every article the contributor has a byline on, in any state: the candidates of the author page, of
     * which the CMS keeps the ones readers may see.
     */
    public List<UUID> articlesOf(long contributorId) {
        return jdbi.withHandle(h -> h.createQuery("select distinct article_id from plg_bylines_byline "
                + "where contributor_id = :contributor").bind("contributor", contributorId).mapTo(UUID.class).list());
    }

    private void changed(UUID articleId) {
        if (changes != null) {
            changes.dataChanged(List.of(articleId));
        }
    }
}
