package org.newsroom.cms.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The files in {@code docker/} as the tools read them: the compose file through {@code docker-compose config}
 * (Debian's docker-compose 1.29, installed by {@code .ci/run}; no Docker engine is needed for it), the HAProxy
 * configuration through {@code haproxy -c}. Used by {@link DockerStackIT} and, so the two-node test runs the very
 * environment the compose file gives a node, by {@link TwoNodesIT}.
 */
final class DockerStack {

    static final Path DIR = Path.of("..", "docker").toAbsolutePath().normalize();
    static final Path COMPOSE = DIR.resolve("compose.yaml");
    static final Path HAPROXY = DIR.resolve("haproxy.cfg");
    static final Path DOCKERFILE = DIR.resolve("Dockerfile");

    /** The variables the compose file requires of whoever starts it (values for the check only). */
    static final Map<String, String> REQUIRED = Map.of("POSTGRESQL_PASSWORD", "compose-check-db-password",
            "CMS_ADMIN_PASSWORD", "compose-check-admin-password");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** What a command printed and its exit status. */
    record Run(int status, String output, String errors) {
        String all() {
            return output + errors;
        }
    }

    private DockerStack() {
    }

    /** {@code docker-compose -f docker/compose.yaml config} with these variables set. */
    static Run composeConfig(Map<String, String> variables) throws IOException, InterruptedException {
        return run(List.of("docker-compose", "-f", COMPOSE.toString(), "config"), variables);
    }

    /** The compose file as Compose resolves it (anchors merged, variables substituted). */
    static JsonNode resolvedCompose() throws IOException, InterruptedException {
        Run config = composeConfig(REQUIRED);
        if (config.status() != 0) {
            throw new IllegalStateException("docker-compose config failed:\n" + config.all());
        }
        return YAML.readTree(config.output());
    }

    /** The environment the compose file gives a CMS node. */
    static Map<String, String> nodeEnvironment(String service) throws IOException, InterruptedException {
        Map<String, String> env = new LinkedHashMap<>();
        resolvedCompose().path("services").path(service).path("environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    static Run haproxyCheck() throws IOException, InterruptedException {
        return run(List.of("haproxy", "-c", "-f", HAPROXY.toString()), Map.of());
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static Run run(List<String> command, Map<String, String> variables) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("docker-stack", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("POSTGRESQL_") || k.startsWith("CMS_"));
        builder.environment().putAll(variables);
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new IllegalStateException(command.get(0) + " is not installed: apt-get install docker-compose haproxy "
                    + "(.ci/run installs both when missing)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 60 s");
        }
        String errorText = Files.readString(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        return new Run(process.exitValue(), output, errorText);
    }
}
