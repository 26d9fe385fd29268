package org.newsroom.cms.plugins.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL with the plugin's migrations (and a one-column stand-in for the core's {@code article}
 * table), shared by all tests of the module. {@link #begin()} opens what the host gives a request: one
 * transaction that every Jdbi handle joins; {@link #close()} rolls it back, so tests leave nothing behind.
 */
public final class TestDatabase implements AutoCloseable {

    private static DataSource dataSource;

    private final Connection connection;
    private final Jdbi jdbi;

    private TestDatabase(Connection connection) {
        this.connection = connection;
        Connection shared = (Connection) Proxy.newProxyInstance(TestDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null; // the "host" closes it at the end of the unit of work
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        this.jdbi = Jdbi.create(() -> shared).installPlugin(new PostgresPlugin());
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    }

    /** A new unit of work on the shared database. */
    public static TestDatabase begin() {
        try {
            Connection c = dataSource().getConnection();
            c.setAutoCommit(false);
            return new TestDatabase(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** A row in the stand-in article table, so plugin rows can reference it. */
    public UUID article() {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.execute("insert into article (id) values (?)", id));
        return id;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    private static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away; the temporary data directory goes with the next start
                    }
                }));
                DataSource ds = postgres.getPostgresDatabase();
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("create table article (id uuid primary key)");
                    s.execute(script("V1__tags_vocabularies_synonyms.sql"));
                    s.execute(script("V2__iptc_media_topics.sql"));
                    s.execute(script("V3__whole_media_topics.sql"));
                }
                dataSource = ds;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return dataSource;
    }

    /** One of the plugin's migration scripts, as shipped. */
    public static String script(String name) throws IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/plugins/tagging/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
