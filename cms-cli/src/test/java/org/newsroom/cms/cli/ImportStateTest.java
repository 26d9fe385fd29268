package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStateTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @TempDir
    Path folder;

    @Test
    void everyOutcomeIsOnDiskAtOnceAndReadBackByTheNextRun() throws Exception {
        Path file = folder.resolve("state/import.tsv");
        try (ImportState state = ImportState.open(file)) {
            state.record("a/one.txt", HASH_A, new ImportClient.Outcome(ImportClient.Status.CREATED, "id-1", "One", null));
            state.record("two\tthree.txt", HASH_B, ImportClient.Outcome.failed("The file is empty.\nReally."));
            assertThat(Files.readAllLines(file)).containsExactly(ImportState.HEADER,
                    "a/one.txt\t" + HASH_A + "\tCREATED\tid-1",
                    "two\\tthree.txt\t" + HASH_B + "\tFAILED\t\tThe file is empty.\\nReally.");
        }
        try (ImportState again = ImportState.open(file)) {
            assertThat(again.get("a/one.txt")).isEqualTo(
                    new ImportState.Entry(HASH_A, ImportClient.Status.CREATED, "id-1", ""));
            assertThat(again.get("two\tthree.txt")).isEqualTo(
                    new ImportState.Entry(HASH_B, ImportClient.Status.FAILED, "", "The file is empty.\nReally."));
            assertThat(again.get("missing.txt")).isNull();
        }
        assertThat(Files.readAllLines(file)).hasSize(3).filteredOn(ImportState.HEADER::equals).hasSize(1);
    }

    @Test
    void theLastLineOfAPathWinsAndBrokenLinesAreIgnored() {
        var entries = ImportState.parse(List.of(
                "# comment",
                "a.txt\t" + HASH_A + "\tFAILED\t\tempty",
                "a.txt\t" + HASH_B + "\tCREATED\tid-2",
                "b.txt\t" + HASH_A + "\tWHATEVER\tid-3",
                "c.txt\tnot-a-hash\tCREATED\tid-4",
                "d.txt\t" + HASH_A.substring(0, 20)));
        assertThat(entries).containsOnlyKeys("a.txt");
        assertThat(entries.get("a.txt").status()).isEqualTo(ImportClient.Status.CREATED);
        assertThat(entries.get("a.txt").sha256()).isEqualTo(HASH_B);
    }

    @Test
    void aLineCutShortByACrashDoesNotSpoilTheNextOne() throws Exception {
        Path file = folder.resolve("state.tsv");
        Files.writeString(file, ImportState.HEADER + "\na.txt\t" + HASH_A + "\tCREATED\tid-1\nb.txt\t" + HASH_B + "\tCRE",
                StandardCharsets.UTF_8);
        try (ImportState state = ImportState.open(file)) {
            assertThat(state.get("a.txt")).isNotNull();
            assertThat(state.get("b.txt")).isNull();
            state.record("b.txt", HASH_B, new ImportClient.Outcome(ImportClient.Status.DUPLICATE, "id-9", null, null));
        }
        try (ImportState state = ImportState.open(file)) {
            assertThat(state.get("b.txt").status()).isEqualTo(ImportClient.Status.DUPLICATE);
        }
    }

    @Test
    void twoRunsCannotShareAStateFile() throws Exception {
        Path file = folder.resolve("state.tsv");
        try (ImportState first = ImportState.open(file)) {
            assertThatThrownBy(() -> ImportState.open(file)).isInstanceOf(CommandException.class)
                    .hasMessageContaining("Another import is running");
        }
        ImportState.open(file).close();
    }

    @Test
    void escapingRoundTrips() {
        String odd = "a\\b\tc\nd\re";
        assertThat(ImportState.escape(odd)).doesNotContain("\t", "\n", "\r");
        assertThat(ImportState.unescape(ImportState.escape(odd))).isEqualTo(odd);
    }
}
