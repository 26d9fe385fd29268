package org.newsroom.cms.plugins.bylines.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Runs JDBC work on the CMS datasource. Inside a CMS operation (listeners, validators, wire import) the
 * connection joins the running transaction; from the plugin's own REST endpoints, where there is none,
 * {@link #inTransaction} makes one local transaction so a merge applies completely or not at all.
 */
public final class Db {

    /** JDBC work that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the work on one connection without managing a transaction: inside a CMS operation (hooks) it
     * joins the operation's transaction; elsewhere each statement commits on its own (reads).
     */
    public <T> T joined(Work<T> work) {
        return read(work);
    }

    /** Runs the work on one connection (auto-commit outside a CMS transaction). */
    public <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs the work atomically: in the CMS's transaction if there is one, else in a local one. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                return work.run(c); // a managed transaction: commits or rolls back with the operation
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** A database error, unchecked; {@link #uniqueViolation()} tells a duplicate key apart. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** Whether a unique constraint refused the write (SQLSTATE 23505). */
        public boolean uniqueViolation() {
            for (Throwable t = getCause(); t != null; t = t.getCause()) {
                if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                    return true;
                }
            }
            return false;
        }
    }
}
