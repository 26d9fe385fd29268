package org.newsroom.cms.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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
        return core().migrate();
    }

    /**
     * Brings one plugin's tables up to date. A plugin without migrations gets nothing (not even a history
     * table).
     *
     * @param pluginId    kebab-case id; its scripts live in {@code db/migration/plugins/<id>/}
     * @param classLoader the loader that sees the plugin's resources
     */
    public MigrateResult migratePlugin(String pluginId, ClassLoader classLoader) {
        return plugin(pluginId, classLoader).migrate();
    }

    /**
     * What is not applied: the core's and each given plugin's migrations that are pending (on the classpath,
     * not in the database) or failed (recorded as failed in the history). Reads the history tables and the
     * classpath; changes nothing.
     *
     * @param plugins plugin id → the loader that sees its resources
     */
    public Status status(Map<String, ClassLoader> plugins) {
        List<String> pending = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        MigrationInfoService core = core().info();
        collect("core", core, pending, failed);
        plugins.forEach((id, loader) -> collect(id, plugin(id, loader).info(), pending, failed));
        MigrationInfo current = core.current();
        return new Status(current == null ? null : current.getVersion().getVersion(), pending, failed);
    }

    /**
     * The outcome of {@link #status}: the core schema version, and the migrations not applied, each as
     * {@code <core|plugin id>:V<version>}.
     */
    public record Status(String coreVersion, List<String> pending, List<String> failed) {

        public Status {
            pending = List.copyOf(pending);
            failed = List.copyOf(failed);
        }

        /** Nothing pending, nothing failed. */
        public boolean upToDate() {
            return pending.isEmpty() && failed.isEmpty();
        }
    }

    private static void collect(String owner, MigrationInfoService info, List<String> pending, List<String> failed) {
        for (MigrationInfo m : info.pending()) {
            pending.add(name(owner, m));
        }
        for (MigrationInfo m : info.all()) {
            if (m.getState().isFailed()) {
                failed.add(name(owner, m));
            }
        }
    }

    private static String name(String owner, MigrationInfo m) {
        return owner + ":" + (m.getVersion() == null ? "R " + m.getDescription() : "V" + m.getVersion());
    }

    private Flyway core() {
        return Flyway.configure(MigrationRunner.class.getClassLoader())
                .dataSource(dataSource)
                .locations(CORE_LOCATION)
                .table(CORE_HISTORY_TABLE)
                .validateMigrationNaming(true)
                .load();
    }

    private Flyway plugin(String pluginId, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(pluginLocation(pluginId))
                .table(pluginHistoryTable(pluginId))
                // the schema already holds the core tables: start this plugin's history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .failOnMissingLocations(false)
                .load();
    }

    public static String pluginLocation(String pluginId) {
        return "classpath:db/migration/plugins/" + pluginId;
    }

    /** {@code flyway_history_plg_<id>}, hyphens as underscores. */
    public static String pluginHistoryTable(String pluginId) {
        return "flyway_history_plg_" + pluginId.replace('-', '_');
    }
}
