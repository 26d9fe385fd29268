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
    private static final ImportState.Key KEY = new ImportState.Key("http://cms:8080/", "budi");
    private static final String KEY_LINE = "@server\thttp://cms:8080/\tbudi";

    @TempDir
    Path folder;

    @Test
    void everyOutcomeIsOnDiskAtOnceAndReadBackByTheNextRun() throws Exception {
        Path file = folder.resolve("state/import.tsv");
        try (ImportState state = ImportState.open(file, KEY)) {
            state.record("a/one.txt", HASH_A, new ImportClient.Outcome(ImportClient.Status.CREATED, "id-1", "One", null));
            state.record("two\tthree.txt", HASH_B, ImportClient.Outcome.failed("The file is empty.\nReally."));
            assertThat(Files.readAllLines(file)).containsExactly(ImportState.HEADER, KEY_LINE,
                    "a/one.txt\t" + HASH_A + "\tCREATED\tid-1",
                    "two\\tthree.txt\t" + HASH_B + "\tFAILED\t\tThe file is empty.\\nReally.");
        }
        try (ImportState again = ImportState.open(file, KEY)) {
            assertThat(again.get("a/one.txt")).isEqualTo(
                    new ImportState.Entry(HASH_A, ImportClient.Status.CREATED, "id-1", ""));
            assertThat(again.get("two\tthree.txt")).isEqualTo(
                    new ImportState.Entry(HASH_B, ImportClient.Status.FAILED, "", "The file is empty.\nReally."));
            assertThat(again.get("missing.txt")).isNull();
        }
        assertThat(Files.readAllLines(file)).as("one header, one key line").hasSize(4)
                .filteredOn(l -> l.startsWith("#") || l.startsWith("@")).containsExactly(ImportState.HEADER, KEY_LINE);
    }

    @Test
    void theLastLineOfAPathWinsAndBrokenLinesAreIgnored() {
        var entries = ImportState.parse(List.of(
                "# comment",
                KEY_LINE,
                "a.txt\t" + HASH_A + "\tFAILED\t\tempty",
                "a.txt\t" + HASH_B + "\tCREATED\tid-2",
                "b.txt\t" + HASH_A + "\tWHATEVER\tid-3",
                "c.txt\tnot-a-hash\tCREATED\tid-4",
                "d.txt\t" + HASH_A.substring(0, 20)), KEY);
        assertThat(entries).containsOnlyKeys("a.txt");
        assertThat(entries.get("a.txt").status()).isEqualTo(ImportClient.Status.CREATED);
        assertThat(entries.get("a.txt").sha256()).isEqualTo(HASH_B);
    }

    @Test
    void aLineCutShortByACrashDoesNotSpoilTheNextOne() throws Exception {
        Path file = folder.resolve("state.tsv");
        Files.writeString(file, ImportState.HEADER + "\n" + KEY_LINE + "\na.txt\t" + HASH_A + "\tCREATED\tid-1\nb.txt\t" + HASH_B + "\tCRE",
                StandardCharsets.UTF_8);
        try (ImportState state = ImportState.open(file, KEY)) {
            assertThat(state.get("a.txt")).isNotNull();
            assertThat(state.get("b.txt")).isNull();
            state.record("b.txt", HASH_B, new ImportClient.Outcome(ImportClient.Status.DUPLICATE, "id-9", null, null));
        }
        try (ImportState state = ImportState.open(file, KEY)) {
            assertThat(state.get("b.txt").status()).isEqualTo(ImportClient.Status.DUPLICATE);
        }
    }

    @Test
    void twoRunsCannotShareAStateFile() throws Exception {
        Path file = folder.resolve("state.tsv");
        try (ImportState first = ImportState.open(file, KEY)) {
            assertThatThrownBy(() -> ImportState.open(file, KEY)).isInstanceOf(CommandException.class)
                    .hasMessageContaining("Another import is running");
        }
        ImportState.open(file, KEY).close();
    }

    @Test
    void eachServerAndUserHasItsOwnEntries() throws Exception {
        Path file = folder.resolve("state.tsv");
        ImportState.Key otherServer = new ImportState.Key("http://cms2:8080/", "budi");
        ImportState.Key otherUser = new ImportState.Key("http://cms:8080/", "siti\tx");
        try (ImportState state = ImportState.open(file, KEY)) {
            state.record("a.txt", HASH_A, new ImportClient.Outcome(ImportClient.Status.CREATED, "id-1", null, null));
        }
        try (ImportState state = ImportState.open(file, otherServer)) {
            assertThat(state.get("a.txt")).as("another server starts fresh").isNull();
            state.record("a.txt", HASH_A, ImportClient.Outcome.failed("HTTP 500 from the CMS"));
        }
        try (ImportState state = ImportState.open(file, otherUser)) {
            assertThat(state.get("a.txt")).as("another user starts fresh").isNull();
        }
        try (ImportState state = ImportState.open(file, KEY)) {
            assertThat(state.get("a.txt").status()).as("the first key kept its entry").isEqualTo(ImportClient.Status.CREATED);
            assertThat(state.key()).isEqualTo(KEY);
        }
        try (ImportState state = ImportState.open(file, KEY)) {
            assertThat(state.get("a.txt").articleId()).isEqualTo("id-1");
        }
        try (ImportState state = ImportState.open(file, otherServer)) {
            assertThat(state.get("a.txt").status()).isEqualTo(ImportClient.Status.FAILED);
        }
        assertThat(Files.readAllLines(file)).as("a key line whenever the key changes, not on every run").containsExactly(
                ImportState.HEADER, KEY_LINE, "a.txt\t" + HASH_A + "\tCREATED\tid-1",
                "@server\thttp://cms2:8080/\tbudi", "a.txt\t" + HASH_A + "\tFAILED\t\tHTTP 500 from the CMS",
                "@server\thttp://cms:8080/\tsiti\\tx", KEY_LINE, "@server\thttp://cms2:8080/\tbudi");
    }

    @Test
    void entriesWithoutAServerLineOrAfterABrokenOneBelongToNobody() throws Exception {
        Path file = folder.resolve("state.tsv");
        Files.writeString(file, "# an earlier version's file\na.txt\t" + HASH_A + "\tCREATED\tid-1\n"
                + "@server\thttp://cms:80\nb.txt\t" + HASH_B + "\tCREATED\tid-2\n", StandardCharsets.UTF_8);
        try (ImportState state = ImportState.open(file, KEY)) {
            assertThat(state.get("a.txt")).isNull();
            assertThat(state.get("b.txt")).isNull();
        }
        assertThat(Files.readAllLines(file)).last().isEqualTo(KEY_LINE);
    }

    @Test
    void theServerIsNormalisedSoOneCmsIsOneKey() {
        ImportState.Key key = ImportState.Key.of(java.net.URI.create("http://cms:8080/"), "budi");
        assertThat(ImportState.Key.of(java.net.URI.create("HTTP://CMS:8080"), "budi")).isEqualTo(key);
        assertThat(ImportState.Key.of(java.net.URI.create("http://cms:80/newsroom"), "budi"))
                .isEqualTo(new ImportState.Key("http://cms/newsroom/", "budi"));
        assertThat(ImportState.Key.of(java.net.URI.create("https://cms:443/"), "budi").server()).isEqualTo("https://cms/");
        assertThat(ImportState.Key.of(java.net.URI.create("https://cms:8443/"), "budi").server())
                .isEqualTo("https://cms:8443/");
        assertThat(ImportState.Key.of(java.net.URI.create("http://cms:8081/"), "budi")).isNotEqualTo(key);
        assertThat(ImportState.Key.of(java.net.URI.create("http://cms:8080/"), "Budi")).isNotEqualTo(key);
    }

    @Test
    void escapingRoundTrips() {
        String odd = "a\\b\tc\nd\re";
        assertThat(ImportState.escape(odd)).doesNotContain("\t", "\n", "\r");
        assertThat(ImportState.unescape(ImportState.escape(odd))).isEqualTo(odd);
    }
}
