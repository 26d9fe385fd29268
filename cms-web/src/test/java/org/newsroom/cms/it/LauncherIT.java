package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.devserver.EmbeddedDatabase;

/**
 * The operator's start command, {@code bin/newsroom.sh}: configured by environment variables only, and
 * SIGTERM to it stops the server (standalone.sh alone, without {@code LAUNCH_JBOSS_IN_BACKGROUND}, leaves the
 * JVM running). A node of the provisioned server on a port offset of its own (600: HTTP 8680, management 10590)
 * and its own embedded PostgreSQL (15462), beside the Arquillian server.
 */
class LauncherIT {

    static final int OFFSET = 600;
    static final int DATABASE_PORT = 15462;

    @Test
    void sigtermToTheLauncherStopsTheJvmCleanly() throws Exception {
        assertThat(Files.isExecutable(LaunchedNode.launcherScript())).as("the build installs bin/newsroom.sh executable")
                .isTrue();
        try (EmbeddedDatabase database = EmbeddedDatabase.throwaway(DATABASE_PORT)) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CMS_ADMIN_PASSWORD", Newsroom.ADMIN_PASSWORD);
            env.put("CMS_JAVA_OPTS", "-Xms128m -Xmx512m");
            try (LaunchedNode node = new LaunchedNode("launcher", OFFSET, env)) {
                node.start();
                node.awaitReady(Duration.ofSeconds(180));
                assertThat(ApiClient.anonymous(node.url()).get("/api/public/articles").status())
                        .as("the CMS is deployed and answers").isEqualTo(200);
                assertThat(node.descendants()).as("standalone.sh and the JVM under the launcher")
                        .anyMatch(p -> p.info().command().orElse("").endsWith("java"));
                // the public listener is on loopback unless CMS_BIND_ADDRESS says otherwise
                assertThat(node.console()).contains("127.0.0.1:" + node.httpPort());

                LaunchedNode.Stopped stopped = node.stop(Duration.ofSeconds(30));
                System.out.println("[launcher] SIGTERM to stopped in " + stopped.took().toMillis() + " ms, exit status "
                        + stopped.exitStatus());
                assertThat(stopped.everythingGone()).as("launcher, standalone.sh and the JVM gone").isTrue();
                assertThat(stopped.took()).isLessThan(Duration.ofSeconds(20));
                assertThat(stopped.exitStatus()).isZero();
                String console = node.console();
                String shutdown = console.substring(console.indexOf("[newsroom] SIGTERM: stopping WildFly"));
                assertThat(shutdown).containsPattern("WFLYSRV0050: .* stopped in \\d+ms");
                assertThat(shutdown).contains("WFLYSRV0028: Stopped deployment cms.war");
                assertThat(shutdown).as("a clean stop").doesNotContain(" ERROR ", "Exception");
                assertThat(shutdown).endsWith("[newsroom] WildFly stopped (exit status 0)\n");
            }
        }
    }

    @Test
    void aBadSettingIsRefusedBeforeAnythingStarts() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(LaunchedNode.launcherScript().toString()).redirectErrorStream(true);
        builder.environment().put("CMS_PORT_OFFSET", "ten");
        Process launcher = builder.start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor()).isEqualTo(2);
        assertThat(output).contains("CMS_PORT_OFFSET must be a whole number (0 or more), not 'ten'");
    }
}
