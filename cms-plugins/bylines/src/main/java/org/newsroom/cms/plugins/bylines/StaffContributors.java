package org.newsroom.cms.plugins.bylines;

import java.time.Instant;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * The rule that a newsroom account becomes a contributor on first use: its record is created then (display
 * name = username) and the creation is audited, so no one has to set up staff contributors by hand.
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

    /** The contributor linked to this username, created and audited if there is none yet. */
    Contributor of(String username) {
        var existing = contributors.byUsername(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = context.clock().instant();
        Contributor created = contributors.forUsername(username, now).orElseThrow(() -> new IllegalStateException(
                "Could not create a contributor for the account " + username + ": its slug was taken at the same "
                        + "moment; try again."));
        audit.record("CREATED", created.slug(), "linked to the account " + username + " on first use");
        return created;
    }
}
