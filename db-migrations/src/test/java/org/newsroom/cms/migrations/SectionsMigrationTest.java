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
 * V9 on a database that has data from before it: free-text sections become sections (working copies and
 * revisions hold the slug), the last submitted revision and transition comments are recovered from the audit
 * trail; then the new revision guard (only an open revision changes; a transition closes it).
 */
class SectionsMigrationTest {

    private static final String ANN = "00000000-0000-0000-0000-000000000001";
    private static final String A1 = "00000000-0000-0000-0000-0000000000a1";
    private static final String A2 = "00000000-0000-0000-0000-0000000000a2";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure(MigrationRunner.class.getClassLoader()).dataSource(db)
                .locations(MigrationRunner.CORE_LOCATION).table(MigrationRunner.CORE_HISTORY_TABLE).target(target).load();
    }

    @Test
    void freeTextSectionsAndTheReviewHistoryAreCarriedOver() throws Exception {
        DataSource db = freshDatabase("before_sections");
        flyway(db, "7").migrate(); // the last version before V9 that every tree has
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cms_user (id, username, display_name, password_hash, created_at, updated_at) "
                    + "values ('" + ANN + "', 'ann', 'Ann', 'x', now(), now())");
            article(s, A1, "a1", "World", "2026-01-01 10:00:00+00");
            article(s, A2, "a2", "Économie", "2026-01-01 10:00:00+00");
            // A1: revision 1 " world " (same section), revision 2 after it, submitted in between, changes requested
            revision(s, A1, 1, " world ", "2026-01-01 10:00:00+00");
            revision(s, A1, 2, "World", "2026-01-01 12:00:00+00");
            revision(s, A2, 1, "Économie", "2026-01-01 10:00:00+00");
            event(s, A1, "TRANSITION", "DRAFT", "IN_REVIEW", null, null, "2026-01-01 11:00:00+00");
            event(s, A1, "TRANSITION", "IN_REVIEW", "CHANGES_REQUESTED", "Shorter, please.", null,
                    "2026-01-01 11:30:00+00");
            event(s, A1, "TRANSITION", "APPROVED", "SCHEDULED", "Publish at …", null, "2026-01-01 11:40:00+00");
            event(s, A1, "TRANSITION", "SCHEDULED", "PUBLISHED", "Published as scheduled", "system",
                    "2026-01-01 11:50:00+00");
        }

        flyway(db, "9").migrate();

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select slug || '=' || name from section order by slug"))
                    .containsExactly("economie=Économie", "world=World");
            assertThat(rows(s, "select slug || ':' || section from article order by slug"))
                    .containsExactly("a1:world", "a2:economie");
            assertThat(rows(s, "select number || ':' || section from article_revision where article_id = '" + A1
                    + "' order by number")).containsExactly("1:world", "2:world");
            assertThat(rows(s, "select coalesce(submitted_revision::text, '-') from article order by slug"))
                    .as("the revision current at the last submission").containsExactly("1", "-");
            assertThat(rows(s, "select transition || ':' || body from editorial_comment"))
                    .as("human transition comments only").containsExactly("CHANGES_REQUESTED:Shorter, please.");
            assertThatThrownBy(() -> s.execute("update article set section = 'sport' where id = '" + A1 + "'"))
                    .as("an article's section is a known section").isInstanceOf(SQLException.class);

            // revisions: a closed one is immutable, an open one takes content until a transition closes it
            assertThatThrownBy(() -> s.execute("update article_revision set headline = 'x' where article_id = '"
                    + A1 + "' and number = 2")).isInstanceOf(SQLException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> s.execute("delete from article_revision where article_id = '" + A2 + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            s.execute("insert into article_revision (article_id, number, based_on, author_id, created_at, headline, "
                    + "body, language, open) values ('" + A2 + "', 2, 1, '" + ANN + "', now(), 'Open', '', 'id', true)");
            s.execute("update article_revision set headline = 'Autosaved' where article_id = '" + A2 + "' and number = 2");
            assertThatThrownBy(() -> s.execute("update article_revision set number = 3 where article_id = '" + A2
                    + "' and number = 2")).isInstanceOf(SQLException.class).hasMessageContaining("only the content");
            s.execute("update article set version = version + 1 where id = '" + A2 + "'");
            assertThat(rows(s, "select open::text from article_revision where article_id = '" + A2 + "' and number = 2"))
                    .as("an edit that is no transition leaves it open").containsExactly("true");
            s.execute("update article set status = 'IN_REVIEW' where id = '" + A2 + "'");
            assertThat(rows(s, "select open::text from article_revision where article_id = '" + A2 + "' and number = 2"))
                    .as("a transition closes it").containsExactly("false");
            assertThatThrownBy(() -> s.execute("update article_revision set headline = 'Later' where article_id = '"
                    + A2 + "' and number = 2")).isInstanceOf(SQLException.class);
        }
    }

    private static void article(Statement s, String id, String slug, String section, String at) throws SQLException {
        s.execute("insert into article (id, slug, headline, language, section, status, author_id, created_at, "
                + "updated_at) values ('" + id + "', '" + slug + "', 'A', 'id', '" + section + "', 'DRAFT', '" + ANN
                + "', '" + at + "', '" + at + "')");
    }

    private static void revision(Statement s, String article, int number, String section, String at)
            throws SQLException {
        s.execute("insert into article_revision (article_id, number, author_id, created_at, headline, body, language, "
                + "section) values ('" + article + "', " + number + ", '" + ANN + "', '" + at + "', 'A', '', 'id', '"
                + section + "')");
    }

    private static void event(Statement s, String article, String action, String from, String to, String comment,
                              String performedBy, String at) throws SQLException {
        s.execute("insert into audit_event (article_id, actor_id, action, from_status, to_status, comment, "
                + "performed_by, occurred_at) values ('" + article + "', '" + ANN + "', '" + action + "', '" + from
                + "', '" + to + "', " + (comment == null ? "null" : "'" + comment + "'") + ", "
                + (performedBy == null ? "null" : "'" + performedBy + "'") + ", '" + at + "')");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
