package org.newsroom.cms.plugins.bylines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the plugin's SQL: one embedded server per test run, a fresh database per call with
 * the two core tables the migration refers to (reduced to the columns it reads) and the plugin's migration.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** Jdbi on a new database, as the host sets it up (PostgreSQL plugin installed). */
    public static synchronized Jdbi fresh() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            String name = "bylines_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            DataSource db = postgres.getDatabase("postgres", name);
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table cms_user (id uuid primary key, username varchar(64) not null unique)");
                s.execute("create table article (id uuid primary key, author_id uuid references cms_user (id))");
                s.execute(migration());
            }
            return Jdbi.create(db).installPlugin(new PostgresPlugin());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot prepare the test database", e);
        }
    }

    /** Adds an article (and its author account) to the stub core tables, so bylines can refer to it. */
    public static UUID article(Jdbi jdbi, String author) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> {
            h.execute("insert into cms_user (id, username) values (?, ?) on conflict (username) do nothing",
                    UUID.randomUUID(), author);
            h.execute("insert into article (id, author_id) select ?, id from cms_user where username = ?", id, author);
        });
        return id;
    }

    private static String migration() {
        try (InputStream in = TestDatabase.class.getResourceAsStream(
                "/db/migration/plugins/bylines/V1__contributors_bylines_audit.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
