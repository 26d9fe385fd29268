package org.newsroom.cms.web.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * One node at a time through the start-up work on the shared database ({@link StartupTasks}): a PostgreSQL
 * session-level advisory lock, held on a connection of its own and released by {@link #close()} (or by
 * PostgreSQL when that connection drops, so a node that dies half-way never blocks the others). Without it two
 * nodes started together both find no {@code admin} (or no {@code plugin_state} row), both insert, and the second
 * one's deployment fails on the unique key. Flyway's own migration lock uses other keys.
 */
final class NodeStartLock implements AutoCloseable {

    /** "cms_star(tup)" as a 64-bit key: any constant no other code of ours locks. */
    static final long KEY = 0x636d735f73746172L;

    private final Connection connection;

    private NodeStartLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other node is starting, then holds the lock. */
    static NodeStartLock take(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement sql = connection.createStatement()) {
                sql.execute("select pg_advisory_lock(" + KEY + ")");
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new NodeStartLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock in PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection c = connection; Statement sql = c.createStatement()) {
            sql.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // the connection is broken (the pool's exception sorter then discards it): its session, and so the
            // lock, ends with it
        }
    }
}
