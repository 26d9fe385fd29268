package org.newsroom.cms.plugins.bylines;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.newsroom.cms.plugins.bylines.store.AuditLog;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.store.Db;

/**
 * The plugin's data access in one place: the datasource wrapper, the three stores and the clock. Also
 * knows the one rule shared by hooks and endpoints: a staff member's contributor record is created on
 * first use (and audited).
 */
public final class Backend {

    private final Db db;
    private final Clock clock;
    private final ContributorStore contributors = new ContributorStore();
    private final BylineStore bylines = new BylineStore();
    private final AuditLog audit = new AuditLog();

    Backend(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Db db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public ContributorStore contributors() {
        return contributors;
    }

    public BylineStore bylines() {
        return bylines;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The contributor linked to this username, created (display name = username) and audited on first use. */
    public Contributor staffContributor(Connection c, String username) throws SQLException {
        var existing = contributors.byUsername(c, username);
        if (existing.isPresent()) {
            return existing.get();
        }
        Contributor created = contributors.forUsername(c, username, clock.instant());
        audit.record(c, "CREATED", username, clock.instant(), created.slug(), "linked to the account " + username
                + " on first use");
        return created;
    }
}
