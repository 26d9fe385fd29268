package org.newsroom.cms.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lets the run command skip provisioning WildFly (about 29 s of a 45 s start) when nothing that feeds the server
 * changed. The run profile turns the wildfly-maven-plugin's {@code overwrite-provisioned-server} off, so the plugin
 * provisions only when {@code target/server} is missing; before it runs, {@link #main} compares a SHA-256 of
 * every input of provisioning (the poms, which carry the versions, layers and scripts, and
 * {@code src/main/wildfly}) with the one the kept server was provisioned from, and deletes the server when they
 * differ. The WAR is not an input: {@link DevServer} copies the freshly built one into the server on every start.
 * <p>
 * The checksum of a new server is written beside it ({@code server.inputs}) and moved into it
 * ({@code .newsroom-inputs}) by {@link #provisioned} once the build got as far as starting it, so a provisioning
 * that failed half-way never looks up to date. Every other build ({@code mvn package}, {@code mvn verify})
 * provisions afresh as before.
 */
public final class ProvisionedServer {

    static final String MARKER = ".newsroom-inputs";

    private ProvisionedServer() {
    }

    /** {@code args}: the server directory, then the input files and directories. */
    public static void main(String[] args) throws IOException {
        Path server = Path.of(args[0]).toAbsolutePath();
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]).toAbsolutePath());
        }
        String checksum = checksum(inputs);
        Path marker = server.resolve(MARKER);
        if (Files.isDirectory(server) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(checksum)) {
            System.out.println("[newsroom] WildFly in " + server + " is up to date: not provisioning it again");
            Files.deleteIfExists(pending(server));
            return;
        }
        if (Files.exists(server)) {
            System.out.println("[newsroom] What WildFly is provisioned from changed: provisioning " + server + " again");
            delete(server);
        }
        Files.createDirectories(server.getParent());
        Files.writeString(pending(server), checksum + "\n", StandardCharsets.UTF_8);
    }

    /** Called when the server is about to start: a server provisioned by this build is now known to be whole. */
    static void provisioned(Path server) throws IOException {
        Path pending = pending(server);
        if (Files.isRegularFile(pending) && Files.isDirectory(server)) {
            Files.move(pending, server.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** SHA-256 over the inputs' relative paths and bytes, files in a stable order. */
    static String checksum(List<Path> inputs) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path input : inputs) {
            List<Path> files;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
                }
            } else {
                files = Files.exists(input) ? List.of(input) : List.of();
            }
            for (Path file : files) {
                sha.update((input.getFileName() + "/" + input.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
                // the launcher's execute bit matters too
                sha.update((byte) (Files.isExecutable(file) ? 1 : 0));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Path pending(Path server) {
        return server.resolveSibling(server.getFileName() + ".inputs");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
