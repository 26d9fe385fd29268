package org.newsroom.cms.migrations;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the core schema migrations ({@code classpath:db/migration/core}) to a database.
 * <p>
 * Called once when the CMS is deployed, before anything reads the schema, and usable on its own
 * (tests, operators). Applying is idempotent: a database that is up to date gets nothing.
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
}
