package org.newsroom.cms.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command ({@code mvn -Prun …}): starts PostgreSQL when none is configured, then the provisioned
 * WildFly with the CMS, and on Ctrl-C or SIGTERM stops both — WildFly first, so no transaction is cut.
 * <p>
 * Without {@code POSTGRESQL_HOST} an embedded, durable PostgreSQL keeps its data in {@code ./data/postgres}
 * (override with {@code CMS_DATA_DIR}); with it, WildFly uses that server and nothing else is started.
 * {@code jboss.*} system properties (e.g. {@code -Djboss.http.port=8180}) are passed on to WildFly. The server
 * is provisioned again only when its inputs changed ({@link ProvisionedServer}); this build's WAR is copied in.
 */
public final class DevServer {

    private static final int DEFAULT_EMBEDDED_PORT = 54329;

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(args[0]).toAbsolutePath();
        Path dataDir = Path.of(System.getenv().getOrDefault("CMS_DATA_DIR", args[1])).toAbsolutePath();
        if (args.length > 2) {
            // a server kept from an earlier run (ProvisionedServer) has the WAR of that run: deploy this build's
            Files.copy(Path.of(args[2]), serverDir.resolve("standalone/deployments/cms.war"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ProvisionedServer.provisioned(serverDir);

        EmbeddedDatabase database = null;
        ProcessBuilder wildfly = new ProcessBuilder(command(serverDir)).inheritIO();
        wildfly.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1"); // lets TERM reach the JVM
        if (System.getenv("POSTGRESQL_HOST") == null) {
            Files.createDirectories(dataDir);
            int port = Integer.parseInt(System.getenv().getOrDefault("POSTGRESQL_PORT",
                    String.valueOf(DEFAULT_EMBEDDED_PORT)));
            database = EmbeddedDatabase.durable(dataDir.resolve("postgres"), port);
            wildfly.environment().putAll(database.environment());
            System.out.println("[newsroom] Embedded PostgreSQL on 127.0.0.1:" + port + ", data in "
                    + dataDir.resolve("postgres") + " " + database.settings("fsync", "synchronous_commit"));
        } else {
            System.out.println("[newsroom] Using PostgreSQL at " + System.getenv("POSTGRESQL_HOST"));
        }

        Process server = wildfly.start();
        EmbeddedDatabase db = database;
        Thread stopper = new Thread(() -> stop(server, db), "newsroom-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        int exit = server.waitFor();
        System.out.println("[newsroom] WildFly exited with " + exit);
        try {
            if (Runtime.getRuntime().removeShutdownHook(stopper)) {
                stop(server, db); // WildFly ended on its own: still stop PostgreSQL
            }
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C / SIGTERM: the shutdown hook is already stopping everything
        }
    }

    private static List<String> command(Path serverDir) {
        List<String> command = new ArrayList<>(List.of(serverDir.resolve("bin/standalone.sh").toString(),
                "-b", System.getProperty("jboss.bind.address", "127.0.0.1")));
        for (Map.Entry<Object, Object> p : System.getProperties().entrySet()) {
            String key = p.getKey().toString();
            if (key.startsWith("jboss.") && !key.equals("jboss.bind.address")) {
                command.add("-D" + key + "=" + p.getValue());
            }
        }
        return command;
    }

    private static void stop(Process server, EmbeddedDatabase database) {
        try {
            if (server.isAlive()) {
                System.out.println("[newsroom] Stopping WildFly…");
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (database != null) {
                try {
                    database.close();
                    System.out.println("[newsroom] PostgreSQL stopped.");
                } catch (IOException e) {
                    System.err.println("[newsroom] Could not stop PostgreSQL cleanly: " + e.getMessage());
                }
            }
        }
    }
}
