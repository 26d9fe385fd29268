package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Health on the management interface: {@code GET /health/ready} is the contract of the load
 * balancer and the container's health check, so its path, status code and the CMS's own checks are pinned here.
 */
class HealthIT extends AbstractApiIT {

    @Test
    void readinessIsUpWithTheDatabaseTheMigrationsAndThePlugins() {
        ApiClient.Reply ready = Management.client(base).get("/health/ready");
        assertThat(ready.status()).as(ready.raw()).isEqualTo(200);
        assertThat(ready.text("status")).isEqualTo("UP");
        Map<String, JsonNode> checks = Management.checks(ready.json());
        assertThat(checks).containsKeys("database", "migrations", "plugins");
        for (String name : new String[] {"database", "migrations", "plugins"}) {
            assertThat(checks.get(name).path("status").asText()).as(name + ": " + checks.get(name)).isEqualTo("UP");
        }
        JsonNode migrations = checks.get("migrations").path("data");
        assertThat(migrations.path("pending").asText()).isEmpty();
        assertThat(migrations.path("failed").asText()).isEmpty();
        assertThat(migrations.path("coreVersion").asText()).matches("\\d+");
        JsonNode plugins = checks.get("plugins").path("data");
        assertThat(plugins.path("started").asBoolean()).isTrue();
        assertThat(plugins.path("installed").asText().split(",")).contains("bylines", "photo-captions", "tagging");
        // the liveness check is not a readiness check
        assertThat(checks).doesNotContainKey("cms");
    }

    @Test
    void livenessIsUp() {
        ApiClient.Reply live = Management.client(base).get("/health/live");
        assertThat(live.status()).as(live.raw()).isEqualTo(200);
        assertThat(live.text("status")).isEqualTo("UP");
        JsonNode cms = Management.checks(live.json()).get("cms");
        assertThat(cms).as(live.raw()).isNotNull();
        assertThat(cms.path("status").asText()).isEqualTo("UP");
        assertThat(cms.path("data").path("deadlockedThreads").asInt()).isZero();
        assertThat(cms.path("data").path("schedulerRunning").asBoolean()).isTrue();
    }

    @Test
    void healthIsServedOnTheManagementPortOnly() {
        // the public port must not tell the world about the node's database and plugins
        ApiClient.Reply onPublicPort = ApiClient.anonymous(base).get("/health/ready");
        assertThat(onPublicPort.status()).isEqualTo(404);
        assertThat(onPublicPort.raw()).doesNotContain("\"checks\"");
    }
}
