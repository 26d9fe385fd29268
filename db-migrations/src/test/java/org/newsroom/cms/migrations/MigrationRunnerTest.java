package org.newsroom.cms.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Migrations against a real (embedded) PostgreSQL: from empty, then again with nothing to do. */
class MigrationRunnerTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** A fresh, empty database per test. */
    private static javax.sql.DataSource freshDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    @Test
    void appliesFromEmptyThenNothingOnSecondRun() throws Exception {
        javax.sql.DataSource db = freshDatabase("core_only");
        MigrationRunner runner = new MigrationRunner(db);

        MigrateResult first = runner.migrateCore();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(tables(db)).contains("cms_user", "cms_user_role", "article", "audit_event", "editorial_comment",
                "article_revision", "article_edit_lock", "article_correction", "plugin_state")
                .doesNotContain("plugin_audit"); // moved into audit_event by V10

        MigrateResult second = runner.migrateCore();
        assertThat(second.migrationsExecuted).isZero();

        // the append-only rule is enforced by the database itself
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cms_user (id, username, display_name, password_hash, created_at, updated_at) "
                    + "values ('00000000-0000-0000-0000-000000000001', 'ann', 'Ann', 'x', now(), now())");
            s.execute("insert into article (id, slug, headline, language, status, author_id, created_at, updated_at) "
                    + "values ('00000000-0000-0000-0000-0000000000a1', 'a', 'A', 'en', 'DRAFT', "
                    + "'00000000-0000-0000-0000-000000000001', now(), now())");
            s.execute("insert into audit_event (subject_type, subject, article_id, actor_id, action, occurred_at) "
                    + "values ('ARTICLE', '00000000-0000-0000-0000-0000000000a1', "
                    + "'00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'CREATED', now())");
            assertThatThrownBy(() -> s.execute("update audit_event set comment = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void eachPluginHasItsOwnHistoryAndMissingMigrationsAreFine() throws Exception {
        javax.sql.DataSource db = freshDatabase("with_plugins");
        MigrationRunner runner = new MigrationRunner(db);
        runner.migrateCore();
        MigrateResult first = runner.migratePlugin("sample-plugin", getClass().getClassLoader());
        assertThat(first.migrationsExecuted).isEqualTo(1);
        assertThat(tables(db)).contains("plg_sample_plugin_note", "flyway_history_plg_sample_plugin");
        assertThat(runner.migratePlugin("sample-plugin", getClass().getClassLoader()).migrationsExecuted).isZero();
        assertThat(runner.migratePlugin("no-migrations", getClass().getClassLoader()).migrationsExecuted).isZero();
        // the core history is untouched by plugins
        assertThat(runner.migrateCore().migrationsExecuted).isZero();
    }

    @Test
    void statusNamesWhatIsPendingOrFailedUntilEverythingIsApplied() throws Exception {
        javax.sql.DataSource db = freshDatabase("status");
        MigrationRunner runner = new MigrationRunner(db);
        java.util.Map<String, ClassLoader> plugins = java.util.Map.of("sample-plugin", getClass().getClassLoader(),
                "no-migrations", getClass().getClassLoader());

        MigrationRunner.Status empty = runner.status(plugins);
        assertThat(empty.upToDate()).isFalse();
        assertThat(empty.coreVersion()).isNull();
        assertThat(empty.pending()).contains("core:V1", "sample-plugin:V1").noneMatch(m -> m.startsWith("no-migrations"));
        assertThat(empty.failed()).isEmpty();

        runner.migrateCore();
        MigrationRunner.Status coreOnly = runner.status(plugins);
        assertThat(coreOnly.pending()).containsExactly("sample-plugin:V1");
        assertThat(coreOnly.coreVersion()).isNotNull();

        runner.migratePlugin("sample-plugin", getClass().getClassLoader());
        assertThat(runner.status(plugins).upToDate()).isTrue();

        // a migration recorded as failed (as Flyway leaves one on a database without transactional DDL)
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("update flyway_history_plg_sample_plugin set success = false where version = '1'");
        }
        MigrationRunner.Status broken = runner.status(plugins);
        assertThat(broken.upToDate()).isFalse();
        assertThat(broken.failed()).containsExactly("sample-plugin:V1");
    }

    private static java.util.List<String> tables(javax.sql.DataSource db) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = db.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
