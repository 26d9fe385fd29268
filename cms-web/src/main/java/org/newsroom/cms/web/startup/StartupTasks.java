package org.newsroom.cms.web.startup;

import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.flywaydb.core.api.output.MigrateResult;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.infrastructure.changes.ChangeChannel;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.migrations.MigrationRunner;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.web.monitoring.EventLine;

/**
 * Runs when the application is deployed, before it serves a request: brings the schema up to date
 * (Flyway: core, then each plugin's own), registers the installed plugins, makes sure an {@code admin}
 * account exists, then starts the scheduled publisher. A failure here fails the deployment
 * rather than leaving a half-working CMS.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());
    private static final Logger EVENTS = Logger.getLogger(EventLine.CATEGORY);

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    @Inject
    UserService users;
    @Inject
    ScheduledPublisher scheduledPublisher;
    @Inject
    PluginRegistry plugins;
    @Inject
    ChangeChannel changes;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nodes starting together on one database take turns: registering plugin states and creating the admin
        // check, then insert, and the second node would fail its deployment on the first one's row
        try (NodeStartLock turn = NodeStartLock.take(dataSource)) {
            prepare();
        }
        scheduledPublisher.start();
    }

    private void prepare() {
        // no JTA transaction here: Flyway manages its own connections and commits
        MigrationRunner migrations = new MigrationRunner(dataSource);
        MigrateResult result = migrations.migrateCore();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
        // every installed plugin's tables, enabled or not, so enabling one later needs no restart
        for (CmsPlugin plugin : plugins.discover(Thread.currentThread().getContextClassLoader())) {
            MigrateResult applied = migrations.migratePlugin(plugin.id(), plugin.getClass().getClassLoader());
            if (applied.migrationsExecuted > 0) {
                LOG.info(() -> "Plugin " + plugin.id() + ": " + applied.migrationsExecuted + " migration(s) applied");
            }
        }
        plugins.registerStates();
        plugins.startEnabled(); // now rather than on first use: a plugin that cannot start fails readiness
        changes.start(); // other nodes' plugin changes (and later cache invalidations) reach this one

        Optional<UserService.BootstrapAdmin> created = users.bootstrapAdmin(System.getenv("CMS_ADMIN_PASSWORD"));
        created.ifPresent(admin -> {
            // never the password itself: the generated one is shown once below, the configured one never
            EVENTS.info(EventLine.of("bootstrap-admin").with("user", admin.username())
                    .with("password", admin.generatedPassword().isPresent() ? "generated" : "CMS_ADMIN_PASSWORD")
                    .toString());
            admin.generatedPassword().ifPresent(password -> LOG.warning(() -> "\n"
                    + "==================================================================\n"
                    + "  Created the first account: " + admin.username() + "\n"
                    + "  Generated password (shown only this once): " + password + "\n"
                    + "  Set CMS_ADMIN_PASSWORD before the first start to choose it.\n"
                    + "=================================================================="));
        });

    }
}
