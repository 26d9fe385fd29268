package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchImportTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path folder;
    private final FakeClient client = new FakeClient();
    private String out;
    private String err;

    @BeforeEach
    void stories() throws Exception {
        story("a/satu.txt", "Satu\n\nJakarta, Antara - Paragraf pertama.");
        story("a/dua.txt", "Dua\n\nParagraf kedua.");
        story("tiga.txt", "Tiga\n\nParagraf ketiga.");
        Files.write(folder.resolve("kosong.txt"), new byte[0]);
        Files.write(folder.resolve("gambar.txt"), PNG);
    }

    @Test
    void importsEveryFileRecordsItAndSummarises() throws Exception {
        Summary summary = run(false);

        assertThat(client.sent).containsExactly("a/dua.txt", "a/satu.txt", "gambar.txt", "kosong.txt", "tiga.txt");
        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(out).contains("Import of " + folder + ": 5 files").containsPattern("(?m)^  created:    3$")
                .containsPattern("(?m)^  duplicates: 0$").containsPattern("(?m)^  failed:     2$")
                .containsPattern("(?m)^  skipped:    0$").contains("Failed files:")
                .contains("  kosong.txt: The file is empty.").contains("  gambar.txt: The file is not text");
        assertThat(err).contains("[####................] 1/5  20%  a/dua.txt  CREATED")
                .contains("[####################] 5/5 100%  tiga.txt  CREATED");

        List<String> lines = Files.readAllLines(folder.resolve(Options.DEFAULT_STATE));
        assertThat(lines).hasSize(7).first().isEqualTo(ImportState.HEADER);
        assertThat(lines.get(1)).isEqualTo("@server\thttp://fake/\tbudi");
        assertThat(lines.get(2)).isEqualTo("a/dua.txt\t" + BatchImport.sha256(Files.readAllBytes(folder.resolve("a/dua.txt")))
                + "\tCREATED\t00000000-0000-0000-0000-000000000001");
        assertThat(lines.get(5)).isEqualTo("kosong.txt\t" + BatchImport.sha256(new byte[0]) + "\tFAILED\t\tThe file is empty.");
    }

    @Test
    void anInterruptedRunContinuesWhereItStopped() throws Exception {
        client.goDownAfter(2);
        assertThatThrownBy(() -> run(false)).isInstanceOf(CommandException.class)
                .hasMessageContaining("is the CMS running at")
                .hasMessageContaining("Stopped after 2 of 5 files")
                .hasMessageContaining("run the same command again to continue");
        assertThat(Files.readAllLines(folder.resolve(Options.DEFAULT_STATE))).hasSize(4);

        client.up();
        Summary summary = run(false);

        assertThat(client.sent).containsExactly("a/dua.txt", "a/satu.txt", "gambar.txt", "kosong.txt", "tiga.txt");
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.alreadyImportedCount()).isEqualTo(2);
        assertThat(err).contains("1/5  20%  a/dua.txt  skipped (CREATED before)");
    }

    @Test
    void aSecondRunSkipsEverythingAndKeepsTheFailuresListed() throws Exception {
        run(false);
        client.sent.clear();

        Summary again = run(false);

        assertThat(client.sent).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.failed()).isZero();
        assertThat(again.skipped()).isEqualTo(5);
        assertThat(again.alreadyImportedCount()).isEqualTo(3);
        assertThat(again.notRetriedCount()).isEqualTo(2);
        assertThat(again.exitCode()).as("the folder is still not fully imported").isEqualTo(1);
        assertThat(out).containsPattern("(?m)^  skipped:    5  \\(3 imported before, 2 failed before: rerun with "
                        + "--retry-failed to send them again\\)$")
                .contains("  kosong.txt: The file is empty. (earlier run)");
    }

    @Test
    void failedFilesAreSentAgainOnlyWithRetryFailed() throws Exception {
        run(false);
        client.sent.clear();
        Files.writeString(folder.resolve("kosong.txt"), "Kosong lagi\n\nSekarang ada isinya.");

        Summary retried = run(true);

        assertThat(client.sent).containsExactly("gambar.txt", "kosong.txt");
        assertThat(retried.created()).isEqualTo(1);
        assertThat(retried.failed()).isEqualTo(1);
        assertThat(retried.alreadyImportedCount()).isEqualTo(3);
        assertThat(retried.failures()).extracting(Summary.Failure::file).containsExactly("gambar.txt");

        Files.delete(folder.resolve("gambar.txt"));
        client.sent.clear();
        Summary clean = run(false);
        assertThat(client.sent).isEmpty();
        assertThat(clean.skipped()).isEqualTo(4);
        assertThat(clean.exitCode()).isZero();
    }

    @Test
    void aChangedFileIsImportedAgainAndAFailedOneThatChangedToo() throws Exception {
        run(false);
        client.sent.clear();
        story("tiga.txt", "Tiga, diperbarui\n\nParagraf ketiga yang baru.");
        story("kosong.txt", "Tidak kosong\n\nAda isi.");

        Summary summary = run(false);

        assertThat(client.sent).containsExactly("kosong.txt", "tiga.txt");
        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.notRetriedCount()).isEqualTo(1);
        String state = Files.readString(folder.resolve(Options.DEFAULT_STATE));
        assertThat(state).contains("tiga.txt\t" + BatchImport.sha256(Files.readAllBytes(folder.resolve("tiga.txt")))
                + "\tCREATED\t");
    }

    @Test
    void theSameTextUnderTwoNamesIsADuplicate() throws Exception {
        story("z/copy-of-tiga.txt", "Tiga\n\nParagraf ketiga.");
        Summary summary = run(false);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(Files.readString(folder.resolve(Options.DEFAULT_STATE)))
                .contains("z/copy-of-tiga.txt\t" + BatchImport.sha256("Tiga\n\nParagraf ketiga.".getBytes(StandardCharsets.UTF_8))
                        + "\tDUPLICATE\t00000000-0000-0000-0000-000000000003");
    }

    @Test
    void aFileOverFiveMegabytesFailsWithoutBeingSent() throws Exception {
        Files.write(folder.resolve("huge.txt"), new byte[(int) BatchImport.MAX_FILE_BYTES + 1]);
        Summary summary = run(false);
        assertThat(client.sent).doesNotContain("huge.txt");
        assertThat(summary.failures()).extracting(Summary.Failure::reason).contains("Larger than 5 MB: not a single story.");
        client.sent.clear();
        assertThat(run(false).notRetriedCount()).isEqualTo(3);
    }

    @Test
    void aRerunWithAWrongPasswordOrAServerThatIsNotThereReportsNothing() throws Exception {
        run(false);
        String stateBefore = Files.readString(folder.resolve(Options.DEFAULT_STATE));
        client.sent.clear();

        client.wrongPassword(true);
        assertThatThrownBy(() -> run(false)).isInstanceOf(CommandException.class)
                .hasMessage("The CMS at http://fake/ refused the login: wrong user or password for budi.");
        assertThat(out).as("no summary, nothing skipped").isEmpty();
        assertThat(err).as("no progress").isEmpty();

        client.wrongPassword(false).down();
        assertThatThrownBy(() -> run(false)).isInstanceOf(CommandException.class)
                .hasMessage("Cannot connect to http://fake/: is the CMS running at http://fake/?");
        assertThat(out).isEmpty();
        assertThat(err).isEmpty();

        assertThat(client.sent).isEmpty();
        assertThat(Files.readString(folder.resolve(Options.DEFAULT_STATE))).isEqualTo(stateBefore);
    }

    @Test
    void anotherServerOrUserStartsFreshAndTheFirstOneKeepsItsState() throws Exception {
        run(false);
        client.sent.clear();

        client.as("http://other-cms:8080/", "budi");
        Summary otherServer = run(false);
        assertThat(client.sent).hasSize(5);
        assertThat(otherServer.skipped()).isZero();

        client.sent.clear();
        client.as("http://fake/", "siti");
        Summary otherUser = run(false);
        assertThat(client.sent).hasSize(5);
        assertThat(otherUser.skipped()).isZero();

        client.sent.clear();
        client.as("HTTP://Fake:80", "budi");
        Summary first = run(false);
        assertThat(client.sent).as("the same server, written differently").isEmpty();
        assertThat(first.alreadyImportedCount()).isEqualTo(3);
        assertThat(first.notRetriedCount()).isEqualTo(2);
        assertThat(Files.readAllLines(folder.resolve(Options.DEFAULT_STATE))).filteredOn(l -> l.startsWith("@"))
                .containsExactly("@server\thttp://fake/\tbudi", "@server\thttp://other-cms:8080/\tbudi",
                        "@server\thttp://fake/\tsiti", "@server\thttp://fake/\tbudi");
    }

    @Test
    void aStateFileElsewhereAndAnEmptyFolder() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path state = folder.resolve("elsewhere/state.tsv");
        Summary summary = new BatchImport(empty, client, print(new ByteArrayOutputStream()),
                print(new ByteArrayOutputStream()), new Progress(System.err, false, true)).stateFile(state).run();
        assertThat(summary.total()).isZero();
        assertThat(summary.exitCode()).isZero();
        assertThat(state).exists();
        assertThat(empty.resolve(Options.DEFAULT_STATE)).doesNotExist();
    }

    private Summary run(boolean retryFailed) throws CommandException {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream errStream = print(errBytes);
        try {
            return new BatchImport(folder, client, print(outBytes), errStream, new Progress(errStream, false, false))
                    .retryFailed(retryFailed).run();
        } finally {
            out = outBytes.toString(StandardCharsets.UTF_8);
            err = errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private void story(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
