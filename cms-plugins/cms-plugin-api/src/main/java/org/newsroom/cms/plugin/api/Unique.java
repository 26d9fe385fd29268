package org.newsroom.cms.plugin.api;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Unique-key violations (SQLSTATE 23505) as the conflict they mean. PostgreSQL aborts the transaction on
 * such a violation, so the request cannot go on: the write throws a 409 {@link PluginException} and the
 * host rolls back everything the request did.
 */
public final class Unique {

    private Unique() {
    }

    /** Whether a unique constraint refused a write somewhere in this exception's causes. */
    public static boolean violated(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs the write; a unique violation becomes a 409 with {@code detail} (say which value is taken). */
    public static <T> T orConflict(Supplier<T> write, String detail) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (violated(e)) {
                throw PluginException.conflict(detail);
            }
            throw e;
        }
    }
}
