package org.newsroom.cms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A CMS node started the way an operator (or the Docker image) starts one: the provisioned server's
 * {@code bin/newsroom.sh}, configured only by environment variables. The environment is cleared first, so
 * nothing the build's own environment carries (failsafe's {@code POSTGRESQL_*}) leaks in: the node gets
 * {@code PATH}, {@code JAVA_HOME}, {@code HOME} and what the test passes, plus its own {@code CMS_PORT_OFFSET}
 * and {@code CMS_NODE_DIR} (under {@code target/nodes/<name>}).
 */
final class LaunchedNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** How a stop went: time from SIGTERM until the launcher and every process under it were gone. */
    record Stopped(Duration took, int exitStatus, boolean everythingGone) {
    }

    final String name;
    final int offset;
    final Path dir;
    private final Map<String, String> env;
    private Process launcher;

    LaunchedNode(String name, int offset, Map<String, String> env) throws IOException {
        this.name = name;
        this.offset = offset;
        this.dir = Path.of("target", "nodes", name).toAbsolutePath();
        this.env = env;
        delete(dir);
        Files.createDirectories(dir);
    }

    static Path launcherScript() {
        return Path.of(System.getProperty("jboss.home"), "bin", "newsroom.sh");
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    int httpPort() {
        return 8080 + offset;
    }

    int managementPort() {
        return 9990 + offset;
    }

    Path consoleLog() {
        return dir.resolve("console.log");
    }

    /** Starts the launcher (returns at once); the console goes to {@link #consoleLog()}, appended across restarts. */
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcherScript().toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        Map<String, String> environment = builder.environment();
        environment.clear();
        for (String kept : List.of("PATH", "JAVA_HOME", "HOME", "TMPDIR")) {
            String value = System.getenv(kept);
            if (value != null) {
                environment.put(kept, value);
            }
        }
        environment.putAll(env);
        environment.put("CMS_PORT_OFFSET", Integer.toString(offset));
        environment.put("CMS_NODE_DIR", dir.resolve("base").toString());
        launcher = builder.start();
    }

    /** Waits until readiness ({@code GET /health/ready} on the management port) answers 200. */
    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + launcher.exitValue() + ":\n" + tail());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Node " + name + " not ready within " + limit + ":\n" + tail());
    }

    /** The readiness status code, or -1 when the management port does not answer. */
    int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The processes under the launcher: {@code standalone.sh} and the server's JVM. */
    List<ProcessHandle> descendants() {
        return launcher.toHandle().descendants().toList();
    }

    /** SIGTERM to the launcher (what {@code docker stop}, systemd and Kubernetes send), then waits for all to go. */
    Stopped stop(Duration limit) throws InterruptedException {
        List<ProcessHandle> under = descendants();
        long start = System.nanoTime();
        launcher.destroy(); // SIGTERM
        boolean exited = launcher.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        while (under.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean gone = exited && under.stream().noneMatch(ProcessHandle::isAlive);
        return new Stopped(took, exited ? launcher.exitValue() : -1, gone);
    }

    boolean isRunning() {
        return launcher != null && launcher.isAlive();
    }

    String console() {
        try {
            return Files.readString(consoleLog(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String all = console();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    /** Whatever is still running is killed (a test that failed half-way must not leave a server behind). */
    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> under = descendants();
        if (launcher.isAlive()) {
            try {
                stop(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        under.forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
