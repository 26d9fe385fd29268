package org.newsroom.cms.it;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.newsroom.cms.devserver.EmbeddedDatabase;

/**
 * Starts a throwaway PostgreSQL before Arquillian starts WildFly, and stops it after the last test.
 * Only in the integration-test run ({@code cms.it.postgresql=embedded}, set by failsafe); the port comes
 * from {@code POSTGRESQL_PORT}, which the WildFly child process inherits too.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"embedded".equals(System.getProperty("cms.it.postgresql"))) {
            return;
        }
        try {
            database = EmbeddedDatabase.throwaway(Integer.parseInt(System.getenv("POSTGRESQL_PORT")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        }
    }
}
