package org.newsroom.cms.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's decision to keep or re-provision {@code target/server}. */
class ProvisionedServerTest {

    @TempDir
    Path dir;

    Path server;
    Path pom;
    Path wildfly;

    private String[] args() {
        return new String[] {server.toString(), pom.toString(), wildfly.toString()};
    }

    private void inputs() throws Exception {
        server = dir.resolve("target/server");
        pom = dir.resolve("pom.xml");
        wildfly = dir.resolve("src/main/wildfly");
        Files.writeString(pom, "<project>1</project>");
        Files.createDirectories(wildfly.resolve("extra/bin"));
        Files.writeString(wildfly.resolve("configure.cli"), "/subsystem=a:add");
        Files.writeString(wildfly.resolve("extra/bin/newsroom.sh"), "#!/bin/sh\n");
    }

    /** What the build does between the check and the start: the plugin provisions when the server is missing. */
    private void provisionIfMissing() throws Exception {
        if (!Files.exists(server)) {
            Files.createDirectories(server.resolve("bin"));
            Files.writeString(server.resolve("bin/standalone.sh"), "provisioned");
        }
        ProvisionedServer.provisioned(server);
    }

    @Test
    void aServerProvisionedFromTheSameInputsIsKeptAndAChangedInputProvisionsAgain() throws Exception {
        inputs();
        ProvisionedServer.main(args());
        provisionIfMissing();
        assertThat(server.resolve(ProvisionedServer.MARKER)).exists();
        Files.writeString(server.resolve("kept"), "from the first run");

        ProvisionedServer.main(args());
        provisionIfMissing();
        assertThat(server.resolve("kept")).as("nothing changed: kept").exists();

        Files.writeString(wildfly.resolve("configure.cli"), "/subsystem=b:add");
        ProvisionedServer.main(args());
        assertThat(server).as("configure.cli changed: removed so the plugin provisions it again").doesNotExist();
        provisionIfMissing();
        assertThat(server.resolve("kept")).doesNotExist();

        ProvisionedServer.main(args());
        provisionIfMissing();
        Files.writeString(server.resolve("kept"), "second");
        Files.writeString(pom, "<project>2</project>");
        ProvisionedServer.main(args());
        assertThat(server).as("a pom changed (versions, layers)").doesNotExist();
    }

    @Test
    void aServerWithoutTheMarkerOrAHalfDoneProvisioningIsNeverTakenAsUpToDate() throws Exception {
        inputs();
        Files.createDirectories(server);
        Files.writeString(server.resolve("from-mvn-package"), "");
        ProvisionedServer.main(args());
        assertThat(server).as("provisioned by another build: no marker, not trusted").doesNotExist();
        // the plugin failed half-way: the next run sees no marker in what is left
        Files.createDirectories(server);
        ProvisionedServer.main(args());
        assertThat(server).doesNotExist();
    }

    @Test
    void theChecksumFollowsContentNamesAndTheExecuteBit() throws Exception {
        inputs();
        String first = ProvisionedServer.checksum(List.of(pom, wildfly));
        assertThat(ProvisionedServer.checksum(List.of(pom, wildfly))).isEqualTo(first);
        Path launcher = wildfly.resolve("extra/bin/newsroom.sh");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        String executable = ProvisionedServer.checksum(List.of(pom, wildfly));
        assertThat(executable).isNotEqualTo(first);
        Files.move(launcher, wildfly.resolve("extra/bin/launcher.sh"));
        assertThat(ProvisionedServer.checksum(List.of(pom, wildfly))).isNotEqualTo(executable);
    }
}
