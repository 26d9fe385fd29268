package org.newsroom.cms.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * V10 on a database with history: article events keep everything and get their subject, plugin admin changes
 * move from {@code plugin_audit} into the one trail in order, and the trail stays append-only.
 */
class AuditTrailMigrationTest {

    private static final String ANN = "00000000-0000-0000-0000-000000000001";
    private static final String A1 = "00000000-0000-0000-0000-0000000000a1";
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
    void existingEventsAndPluginChangesBecomeOneTrail() throws Exception {
        DataSource db;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database before_trail");
        }
        db = postgres.getDatabase("postgres", "before_trail");
        flyway(db, "9").migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cms_user (id, username, display_name, password_hash, created_at, updated_at) "
                    + "values ('" + ANN + "', 'ann', 'Ann', 'x', now(), now())");
            s.execute("insert into article (id, slug, headline, language, status, author_id, created_at, updated_at) "
                    + "values ('" + A1 + "', 'a', 'A', 'en', 'IN_REVIEW', '" + ANN + "', now(), now())");
            s.execute("insert into audit_event (article_id, actor_id, action, from_status, to_status, comment, "
                    + "occurred_at) values ('" + A1 + "', '" + ANN + "', 'TRANSITION', 'DRAFT', 'IN_REVIEW', "
                    + "'Ready', '2026-01-01 10:00:00+00')");
            s.execute("insert into plugin_audit (plugin_id, actor_id, action, old_value, new_value, occurred_at) "
                    + "values ('tagging', '" + ANN + "', 'DISABLED', 'true', 'false', '2026-01-02 10:00:00+00'), "
                    + "('tagging', '" + ANN + "', 'CONFIGURED', '{}', '{\"suggestions\":5}', '2026-01-03 10:00:00+00')");
        }

        flyway(db, "10").migrate();

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select subject_type || ' ' || subject || ' ' || action || ' ' || coalesce(comment, '') "
                    + "|| ' ' || coalesce(details, '') from audit_event order by id")).containsExactly(
                    "ARTICLE " + A1 + " TRANSITION Ready ",
                    "PLUGIN tagging PLUGIN_DISABLED  {\"old\" : \"true\", \"new\" : \"false\"}",
                    "PLUGIN tagging PLUGIN_CONFIGURED  {\"old\" : \"{}\", \"new\" : \"{\\\"suggestions\\\":5}\"}");
            assertThat(rows(s, "select count(*) from information_schema.tables where table_name = 'plugin_audit'"))
                    .containsExactly("0");
            s.execute("insert into audit_event (subject_type, subject, actor_id, action, details, occurred_at) "
                    + "values ('USER', 'ann', '" + ANN + "', 'USER_CREATED', '{}', now())");
            s.execute("insert into audit_event (subject_type, subject, plugin_id, action, occurred_at) "
                    + "values ('PLUGIN', 'rina', 'bylines', 'CREATED', now())");
            assertThatThrownBy(() -> s.execute("insert into audit_event (subject_type, subject, action, occurred_at) "
                    + "values ('ARTICLE', 'x', 'CREATED', now())")).as("an article event names its article")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("update audit_event set subject = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            s.execute("update cms_user set ui_language = 'id'");
            assertThatThrownBy(() -> s.execute("update cms_user set ui_language = 'fr'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure(MigrationRunner.class.getClassLoader()).dataSource(db)
                .locations(MigrationRunner.CORE_LOCATION).table(MigrationRunner.CORE_HISTORY_TABLE).target(target).load();
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
