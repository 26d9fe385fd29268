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

    @Test
    void appliesFromEmptyThenNothingOnSecondRun() throws Exception {
        MigrationRunner runner = new MigrationRunner(postgres.getPostgresDatabase());

        MigrateResult first = runner.migrateCore();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(tables()).contains("cms_user", "cms_user_role", "article", "audit_event", "editorial_comment");

        MigrateResult second = runner.migrateCore();
        assertThat(second.migrationsExecuted).isZero();

        // the append-only rule is enforced by the database itself
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cms_user (id, username, display_name, password_hash, created_at, updated_at) "
                    + "values ('00000000-0000-0000-0000-000000000001', 'ann', 'Ann', 'x', now(), now())");
            s.execute("insert into article (id, slug, headline, language, status, author_id, created_at, updated_at) "
                    + "values ('00000000-0000-0000-0000-0000000000a1', 'a', 'A', 'en', 'DRAFT', "
                    + "'00000000-0000-0000-0000-000000000001', now(), now())");
            s.execute("insert into audit_event (article_id, actor_id, action, occurred_at) values "
                    + "('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'CREATED', now())");
            assertThatThrownBy(() -> s.execute("update audit_event set comment = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private static java.util.List<String> tables() throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
