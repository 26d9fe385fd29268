package org.newsroom.cms.plugins.bylines;

import java.time.Instant;
import java.util.Optional;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * The rule that a newsroom account becomes a contributor on first use: its record is created then, named as
 * the account shows (its display name: readers see "Oleh Hermansyah", not the sign-in name {@code hms01}), and
 * the creation is audited, so no one has to set up staff contributors by hand. A record made before this rule
 * (named after the username) takes the display name the next time its account is seen.
 */
final class StaffContributors {

    private final ContributorStore contributors;
    private final AuditStore audit;
    private final PluginContext context;

    StaffContributors(PluginContext context, ContributorStore contributors, AuditStore audit) {
        this.context = context;
        this.contributors = contributors;
        this.audit = audit;
    }

    /** The contributor linked to this username, named by the signed-in caller's display name when that is the account. */
    Contributor of(String username) {
        String displayName = context.caller().filter(c -> c.username().equals(username)).map(Caller::displayName)
                .orElse(null);
        return of(username, displayName);
    }

    /** The contributor linked to this username, created (named {@code displayName}) and audited if there is none yet. */
    Contributor of(String username, String displayName) {
        Instant now = context.clock().instant();
        Optional<Contributor> existing = contributors.byUsername(username);
        if (existing.isPresent()) {
            Contributor c = existing.get();
            boolean namedByUsername = c.displayName().equals(username);
            if (namedByUsername && displayName != null && !displayName.isBlank() && !displayName.strip().equals(username)) {
                return rename(username, username, displayName, now).orElse(c);
            }
            return c;
        }
        Contributor created = contributors.forUsername(username, displayName, now).orElseThrow(() ->
                new IllegalStateException("Could not create a contributor for the account " + username + ": its slug "
                        + "was taken at the same moment; try again."));
        audit.record("CREATED", created.slug(), "linked to the account " + username + " on first use");
        return created;
    }

    /** The account's display name changed: its contributor follows (audited); nothing when it has none yet. */
    Optional<Contributor> rename(String username, String oldName, String newName, Instant now) {
        Optional<Contributor> renamed = contributors.renameStaff(username, newName, now);
        renamed.ifPresent(c -> {
            audit.record("RENAMED", c.slug(),
                    "display name of the account " + username + ": \"" + oldName + "\" → \"" + c.displayName() + "\"");
            // every article crediting them is found by the new name
            new BylineStore(context.jdbi()).articlesOf(c.id()).forEach(context.articles()::dataChanged);
        });
        return renamed;
    }
}
