package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/}: no Docker engine runs here, so the compose file is checked as Compose resolves it
 * ({@code docker-compose config}), the HAProxy configuration by HAProxy itself ({@code haproxy -c}), and the
 * Dockerfile by what it must say. {@link TwoNodesIT} runs the same server, environment and HAProxy file.
 */
class DockerStackIT {

    static final List<String> NODES = List.of("cms-a", "cms-b");

    @Test
    void composeResolvesToPostgresqlTwoNodesAndHaproxyStartedInOrderOfHealth() throws Exception {
        JsonNode services = DockerStack.resolvedCompose().path("services");
        assertThat(names(services)).containsExactlyInAnyOrder("db", "cms-a", "cms-b", "lb");

        JsonNode db = services.path("db");
        assertThat(db.path("image").asText()).isEqualTo("postgres:16");
        assertThat(db.path("volumes").toString()).contains("/var/lib/postgresql/data");
        assertThat(db.path("healthcheck").path("test").toString()).contains("pg_isready");

        for (String node : NODES) {
            JsonNode cms = services.path(node);
            assertThat(cms.path("build").path("dockerfile").asText()).isEqualTo("docker/Dockerfile");
            assertThat(cms.path("depends_on").path("db").path("condition").asText()).as(node)
                    .isEqualTo("service_healthy");
            assertThat(cms.path("environment").path("POSTGRESQL_HOST").asText()).isEqualTo("db");
            assertThat(names(cms.path("environment"))).as("a node is configured by POSTGRESQL_* and CMS_* only")
                    .allMatch(k -> k.startsWith("POSTGRESQL_") || k.startsWith("CMS_"));
            assertThat(cms.path("expose").toString()).as("HTTP and management for HAProxy on the network")
                    .contains("8080", "9990");
        }
        assertThat(services.path("cms-a").path("environment")).as("both nodes alike")
                .isEqualTo(services.path("cms-b").path("environment"));
        JsonNode lb = services.path("lb");
        assertThat(lb.path("image").asText()).startsWith("haproxy:2.6");
        for (String node : NODES) {
            assertThat(lb.path("depends_on").path(node).path("condition").asText()).isEqualTo("service_healthy");
        }
        assertThat(lb.path("volumes").toString()).contains("haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");
    }

    @Test
    void onlyHaproxysHttpPortIsPublished() throws Exception {
        JsonNode services = DockerStack.resolvedCompose().path("services");
        List<String> published = new ArrayList<>();
        services.fields().forEachRemaining(s -> s.getValue().path("ports")
                .forEach(p -> published.add(s.getKey() + " " + p.path("target").asText() + "->" + p.path("published").asText())));
        assertThat(published).as("management (9990) and PostgreSQL (5432) stay on the compose network")
                .containsExactly("lb 8080->8080");
        assertThat(DockerStack.composeConfig(Map.of("CMS_HTTP_PORT", "80", "POSTGRESQL_PASSWORD", "p",
                "CMS_ADMIN_PASSWORD", "admin-password")).output()).contains("published: 80");
    }

    @Test
    void composeRefusesToStartWithoutThePasswords() throws Exception {
        DockerStack.Run missing = DockerStack.composeConfig(Map.of());
        assertThat(missing.status()).isNotZero();
        assertThat(missing.all()).contains("set POSTGRESQL_PASSWORD");
        DockerStack.Run noAdmin = DockerStack.composeConfig(Map.of("POSTGRESQL_PASSWORD", "p"));
        assertThat(noAdmin.status()).isNotZero();
        assertThat(noAdmin.all()).contains("set CMS_ADMIN_PASSWORD");
    }

    @Test
    void haproxyAcceptsItsConfigurationAndChecksReadinessOnTheManagementPort() throws Exception {
        DockerStack.Run check = DockerStack.haproxyCheck();
        assertThat(check.status()).as(check.all()).isZero();
        assertThat(check.all()).contains("Configuration file is valid").doesNotContain("ALERT");
        String cfg = DockerStack.read(DockerStack.HAPROXY);
        assertThat(cfg).contains("balance roundrobin", "http-check send meth GET uri /health/ready",
                "http-check expect status 200", "option redispatch", "retry-on ");
        // the defaults are the compose services: HTTP 8080, readiness on the management port 9990
        assertThat(cfg).contains("\"${CMS_A_ADDRESS-cms-a:8080}\" check port \"${CMS_A_HEALTH_PORT-9990}\"",
                "\"${CMS_B_ADDRESS-cms-b:8080}\" check port \"${CMS_B_HEALTH_PORT-9990}\"");
    }

    @Test
    void theImageIsBuiltInTwoStagesRunsUnprivilegedAndChecksReadiness() throws Exception {
        String dockerfile = DockerStack.read(DockerStack.DOCKERFILE);
        List<String> stages = all(Pattern.compile("(?m)^FROM (\\S+)"), dockerfile);
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).startsWith("maven:").contains("17");
        assertThat(stages.get(1)).isEqualTo("eclipse-temurin:17-jre");
        assertThat(dockerfile).contains("COPY --from=build /build/cms-web/target/server /opt/newsroom");
        assertThat(all(Pattern.compile("(?m)^USER (\\S+)"), dockerfile)).containsExactly("newsroom");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n.*9990.*/health/ready");
        assertThat(dockerfile).contains("CMD [\"/opt/newsroom/bin/newsroom.sh\"]");
        Matcher env = Pattern.compile("(?m)^ENV ((?:.*\\\\\\n)*.*)$").matcher(dockerfile);
        assertThat(env.find()).isTrue();
        assertThat(all(Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)="), env.group(1))).as("configured by CMS_* variables only")
                .isNotEmpty().allMatch(k -> k.startsWith("CMS_"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
