package org.newsroom.cms.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * V12's search documents on the embedded PostgreSQL 15: the configuration per language, Indonesian and English
 * stemming, the weights (a headline hit outranks a body hit), and the documents V12 gives existing articles.
 */
class SearchMigrationTest {

    private static final String ANN = "00000000-0000-0000-0000-000000000001";
    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database before_search");
        }
        db = postgres.getDatabase("postgres", "before_search");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/core").target("11").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cms_user (id, username, display_name, password_hash, created_at, updated_at) "
                    + "values ('" + ANN + "', 'ann', 'Ann', 'x', now(), now())");
            s.execute("insert into article (id, slug, headline, body, language, status, author_id, created_at, updated_at) "
                    + "values ('00000000-0000-0000-0000-0000000000a1', 'draf', 'Draf lama', '<p>Pemerintah akan "
                    + "meningkatkan anggaran.</p>', 'id', 'DRAFT', '" + ANN + "', now(), now())");
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration/core").load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theConfigurationFollowsTheLanguageAndBothStemmersShip() throws Exception {
        assertThat(rows("select cms_search_config('id') || ' ' || cms_search_config('id-ID') || ' ' || "
                + "cms_search_config('en-GB') || ' ' || cms_search_config('fr') || ' ' || cms_search_config(null)"))
                .containsExactly("indonesian indonesian english simple simple");
        assertThat(rows("select count(*) from pg_ts_config where cfgname in ('indonesian', 'english', 'simple')"))
                .containsExactly("3");
        assertThat(rows("select to_tsvector('indonesian', 'meningkatkan') @@ websearch_to_tsquery('indonesian', "
                + "'peningkatan')")).containsExactly("t");
        assertThat(rows("select to_tsvector('english', 'running ministers') @@ websearch_to_tsquery('english', "
                + "'run minister')")).containsExactly("t");
    }

    @Test
    void theHeadlineWeighsMoreThanTheStandfirstAndTagsWhichWeighMoreThanTheBody() throws Exception {
        String rank = "ts_rank_cd(cms_search_document('indonesian', %s), websearch_to_tsquery('indonesian', 'banjir'))";
        List<String> ranks = rows("select " + String.format(rank, "'Banjir', '', '', 'x'") + " > "
                + String.format(rank, "'x', 'banjir', '', 'x'") + ", " + String.format(rank, "'x', '', 'banjir', 'x'")
                + " > " + String.format(rank, "'x', '', '', 'banjir'"));
        assertThat(ranks).containsExactly("t t");
    }

    @Test
    void existingArticlesGetTheirWorkingDocument() throws Exception {
        assertThat(rows("select scope || ' ' || config || ' ' || (document @@ websearch_to_tsquery('indonesian', "
                + "'peningkatan')) || ' ' || content from article_search"))
                .containsExactly("WORKING indonesian true Pemerintah akan meningkatkan anggaran.");
        assertThat(rows("select cms_working_matches('00000000-0000-0000-0000-0000000000a1', '\"anggaran\" -banjir')"))
                .containsExactly("1");
    }

    private static List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(i == 1 ? "" : " ").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
