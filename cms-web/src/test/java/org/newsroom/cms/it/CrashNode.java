package org.newsroom.cms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second WildFly of the provisioned server, started and killed by a test (Arquillian's container cannot
 * survive a kill -9): its own base directory (a copy of {@code standalone/} with the built WAR), a port
 * offset, its own database. {@link #kill()} is SIGKILL to the JVM, as a crashed machine would do it.
 */
final class CrashNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final Path base;
    private final int offset;
    private final Map<String, String> env;
    private Process process;

    CrashNode(Path home, Path base, int offset, Map<String, String> env) throws IOException {
        this.home = home;
        this.base = base;
        this.offset = offset;
        this.env = env;
        delete(base);
        copy(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("cms.war")), base.resolve("deployments").resolve("cms.war"));
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and waits until the CMS answers (migrations applied, deployed). */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The crash node exited; see " + base.resolve("console.log"));
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "api/public/articles"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The crash node did not come up in 180 s; see " + base.resolve("console.log"));
    }

    /** kill -9 of the server's JVM (and the script around it); returns when it is gone. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (process.toHandle().descendants().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
