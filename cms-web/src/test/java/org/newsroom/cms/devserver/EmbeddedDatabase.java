package org.newsroom.cms.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (io.zonky embedded binaries) for the run command and the integration tests.
 * The run command's instance is durable: fsync, synchronous commit and full-page writes are on, and
 * checked with {@code SHOW} after start, because zonky's defaults trade safety for test speed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts and crashes. */
    public static EmbeddedDatabase durable(Path dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        String preload = System.getenv("CMS_DEV_PG_PRELOAD"); // the benchmark counts queries with pg_stat_statements
        if (preload != null && !preload.isBlank()) {
            builder.setServerConfig("shared_preload_libraries", preload);
        }
        EmbeddedPostgres pg = builder.start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg, port);
        Map<String, String> settings = db.settings("fsync", "synchronous_commit", "full_page_writes");
        if (!settings.values().stream().allMatch("on"::equals)) {
            db.close();
            throw new IllegalStateException("PostgreSQL did not start durable: " + settings);
        }
        return db;
    }

    /** A throwaway server for tests: fresh data directory, zonky's fast (not durable) defaults. */
    public static EmbeddedDatabase throwaway(int port) throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.builder().setPort(port).start(), port);
    }

    /** Current values of server settings, read with {@code SHOW}. */
    public Map<String, String> settings(String... names) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }

    public int port() {
        return port;
    }

    /** The POSTGRESQL_* variables that point WildFly's datasource at this server. */
    public Map<String, String> environment() {
        return Map.of("POSTGRESQL_HOST", "127.0.0.1", "POSTGRESQL_PORT", String.valueOf(port),
                "POSTGRESQL_DATABASE", DATABASE, "POSTGRESQL_USER", USER, "POSTGRESQL_PASSWORD", PASSWORD);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
