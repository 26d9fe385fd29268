package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Map<String, String> ENV = Map.of("CMS_PASSWORD", "geheim");

    @TempDir
    Path folder;
    private final FakeClient client = new FakeClient();
    private Options seen;
    private String out;
    private String err;

    @Test
    void parsesEveryOptionInAnyOrder() throws Exception {
        Options options = Options.parse(new String[] {"--quiet", "--url=https://cms.example.org/newsroom", "--user",
                "hermansyah", "--password-env", "MY_PW", "--state", "/tmp/s.tsv", "--retry-failed", "wire"},
                Map.of("MY_PW", "pw"));
        assertThat(options.url()).hasToString("https://cms.example.org/newsroom/");
        assertThat(options.user()).isEqualTo("hermansyah");
        assertThat(options.password()).isEqualTo("pw");
        assertThat(options.stateFile()).isEqualTo(Path.of("/tmp/s.tsv"));
        assertThat(options.folder()).isEqualTo(Path.of("wire"));
        assertThat(options.retryFailed()).isTrue();
        assertThat(options.quiet()).isTrue();
        assertThat(options.toString()).doesNotContain("pw,").doesNotContain("password");
    }

    @Test
    void defaults() throws Exception {
        Options options = Options.parse(new String[] {"wire"}, Map.of("CMS_USER", "budi", "CMS_PASSWORD", "pw"));
        assertThat(options.url()).hasToString("http://localhost:8080/");
        assertThat(options.user()).isEqualTo("budi");
        assertThat(options.stateFile()).isEqualTo(Path.of("wire", ".newsroom-import-state.tsv"));
        assertThat(options.retryFailed()).isFalse();
        assertThat(options.quiet()).isFalse();
    }

    @Test
    void wrongCommandLinesExitWithTwoAndSayWhy() {
        assertUsageError(new String[] {"--user", "budi"}, ENV, "Which folder?");
        assertUsageError(new String[] {"--user", "budi", "a", "b"}, ENV, "One folder only");
        assertUsageError(new String[] {"--user", "budi", "--colour", "a"}, ENV, "Unknown option --colour");
        assertUsageError(new String[] {"a", "--user"}, ENV, "--user needs a value");
        assertUsageError(new String[] {"a"}, ENV, "Give --user NAME (or set CMS_USER)");
        assertUsageError(new String[] {"--user", "budi", "a"}, Map.of(), "set the environment variable CMS_PASSWORD");
        assertUsageError(new String[] {"--user", "budi", "--password-env", "PW", "a"}, ENV,
                "set the environment variable PW");
        assertUsageError(new String[] {"--user", "budi", "--url", "ftp://host", "a"}, ENV, "--url must be an http(s)");
        assertUsageError(new String[] {"--user", "budi", "--quiet=yes", "a"}, ENV, "--quiet takes no value");
        assertUsageError(new String[] {"--user", "budi", folder.resolve("missing").toString()}, ENV, "is not a folder");
        assertThat(client.sent).isEmpty();
    }

    @Test
    void helpIsPrintedWithExitZero() {
        assertThat(run(false, "--help")).isZero();
        assertThat(out).startsWith("Usage: java -jar newsroom-import.jar [options] FOLDER").contains("--retry-failed");
    }

    @Test
    void runsTheBatchAndExitsWithOneWhenAFileFailsThenZeroWhenFixed() throws Exception {
        Files.writeString(folder.resolve("one.txt"), "Satu\n\nIsi.");
        Files.write(folder.resolve("bad.txt"), new byte[0]);

        assertThat(run(false, "--user", "budi", "--url", "http://cms:8080", folder.toString())).isEqualTo(1);
        assertThat(seen.url()).hasToString("http://cms:8080/");
        assertThat(seen.password()).isEqualTo("geheim");
        assertThat(out).containsPattern("(?m)^  created:    1$").containsPattern("(?m)^  failed:     1$")
                .contains("bad.txt: The file is empty.");
        assertThat(err).contains("2/2 100%  one.txt  CREATED");

        Files.writeString(folder.resolve("bad.txt"), "Dua\n\nSekarang berisi.");
        assertThat(run(false, "--user", "budi", "--quiet", folder.toString())).isZero();
        assertThat(err).isEmpty();
        assertThat(out).containsPattern("(?m)^  created:    1$").containsPattern("(?m)^  skipped:    1  ");
    }

    @Test
    void aLostServerExitsWithTwoAndTellsHowToContinue() throws Exception {
        Files.writeString(folder.resolve("one.txt"), "Satu\n\nIsi.");
        Files.writeString(folder.resolve("two.txt"), "Dua\n\nIsi.");
        client.goDownAfter(1);
        assertThat(run(true, "--user", "budi", folder.toString())).isEqualTo(2);
        assertThat(err).contains("newsroom-import: Cannot connect to http://fake/: is the CMS running at http://fake/?")
                .contains("Stopped after 1 of 2 files").contains("\n").doesNotContain("--help");
        assertThat(out).isEmpty();

        client.up();
        assertThat(run(true, "--user", "budi", folder.toString())).isZero();
        assertThat(client.sent).containsExactly("one.txt", "two.txt");
    }

    @Test
    void aRerunWithAWrongPasswordOrPortSaysSoWithExitTwoAndReportsNothingAsSkipped() throws Exception {
        Files.writeString(folder.resolve("one.txt"), "Satu\n\nIsi.");
        Files.writeString(folder.resolve("two.txt"), "Dua\n\nIsi.");
        Files.writeString(folder.resolve("three.txt"), "Tiga\n\nIsi.");
        assertThat(run(false, "--user", "budi", folder.toString())).isZero();
        assertThat(out).containsPattern("(?m)^  created:    3$");

        client.wrongPassword(true);
        assertThat(run(false, "--user", "budi", folder.toString())).isEqualTo(ImportCommand.ERROR);
        assertThat(err).isEqualToNormalizingNewlines("newsroom-import: The CMS at http://fake/ refused the login: wrong user or "
                + "password for budi.\n");
        assertThat(out).as("no summary: nothing is reported as skipped").isEmpty();

        client.wrongPassword(false).down();
        assertThat(run(false, "--user", "budi", folder.toString())).isEqualTo(ImportCommand.ERROR);
        assertThat(err).isEqualToNormalizingNewlines("newsroom-import: Cannot connect to http://fake/: is the CMS running at "
                + "http://fake/?\n");
        assertThat(out).isEmpty();
        assertThat(client.signIns).isEqualTo(3);

        client.up();
        assertThat(run(false, "--user", "budi", folder.toString())).isZero();
        assertThat(out).containsPattern("(?m)^  skipped:    3  \\(3 imported before, 0 failed before\\)$");
        assertThat(client.sent).hasSize(3);
    }

    private void assertUsageError(String[] args, Map<String, String> env, String message) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, env, print(outBytes), print(errBytes), false, options -> client);
        assertThat(code).as(String.join(" ", args)).isEqualTo(ImportCommand.ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
                .startsWith("newsroom-import: ").contains(message).contains("Run with --help");
        assertThat(outBytes.size()).isZero();
    }

    private int run(boolean terminal, String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, ENV, print(outBytes), print(errBytes), terminal, options -> {
            seen = options;
            return client;
        });
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
