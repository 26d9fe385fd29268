package org.newsroom.cms.migrations;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the core schema migrations ({@code classpath:db/migration/core}) and each plugin's own
 * ({@code classpath:db/migration/plugins/<id>}) to a database.
 * <p>
 * Called when the CMS is deployed, before anything reads the schema, and usable on its own (tests,
 * operators). Applying is idempotent: a database that is up to date gets nothing. Every plugin has its
 * own history table, so its schema evolves independently of the core and of other plugins.
 */
public final class MigrationRunner {

    /** Where the core SQL scripts live on the classpath. */
    public static final String CORE_LOCATION = "classpath:db/migration/core";
    /** Flyway's history table for the core schema; plugins get their own tables. */
    public static final String CORE_HISTORY_TABLE = "flyway_schema_history";

    private final DataSource dataSource;

    public MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Brings the core schema up to date.
     *
     * @return what was applied: {@link MigrateResult#migrationsExecuted} is 0 when nothing was pending
     */
    public MigrateResult migrateCore() {
        return Flyway.configure(MigrationRunner.class.getClassLoader())
                .dataSource(dataSource)
                .locations(CORE_LOCATION)
                .table(CORE_HISTORY_TABLE)
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    /**
     * Brings one plugin's tables up to date. A plugin without migrations gets nothing (not even a history
     * table).
     *
     * @param pluginId    kebab-case id; its scripts live in {@code db/migration/plugins/<id>/}
     * @param classLoader the loader that sees the plugin's resources
     */
    public MigrateResult migratePlugin(String pluginId, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(pluginLocation(pluginId))
                .table(pluginHistoryTable(pluginId))
                // the schema already holds the core tables: start this plugin's history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    public static String pluginLocation(String pluginId) {
        return "classpath:db/migration/plugins/" + pluginId;
    }

    /** {@code flyway_history_plg_<id>}, hyphens as underscores. */
    public static String pluginHistoryTable(String pluginId) {
        return "flyway_history_plg_" + pluginId.replace('-', '_');
    }
}
