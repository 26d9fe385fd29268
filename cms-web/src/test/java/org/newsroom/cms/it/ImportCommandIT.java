package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.cli.ImportCommand;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The batch command ({@code newsroom-import.jar}, run in-process) against the deployed CMS: a folder with three
 * stories, an empty file and a PNG named {@code .txt}; the state file; a second run that skips everything; a
 * retry of the failures; the server's own idempotency when the state file is gone; and reruns with a wrong
 * password, a wrong port or as another user, which must ask the CMS before they report anything.
 */
class ImportCommandIT extends AbstractApiIT {

    private static final String STATE = ".newsroom-import-state.tsv";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    /** A finished run of the command. */
    private record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Path folder;
    private String username;
    private Map<String, String> env;
    private final Map<String, String> headlines = new LinkedHashMap<>();

    @BeforeEach
    void folderOfWireCopy() throws Exception {
        username = journalist.get("/api/me").text("username");
        env = Map.of("CMS_PASSWORD", "secret-" + username);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        folder = Files.createTempDirectory("newsroom-import-it");
        story("jakarta/anggaran.txt", "Menteri Bahas Anggaran Pendidikan " + unique,
                "Jakarta, Antara - Menteri Keuangan mengatakan bahwa anggaran pendidikan tahun depan akan dibahas "
                        + "bersama DPR pada hari Senin.\n\nMenurut dia, dana itu untuk membangun sekolah di daerah.");
        story("jakarta/banjir.txt", "Banjir Rendam Ratusan Rumah di Bantaran Kali " + unique,
                "Jakarta, HanTer - Hujan deras yang turun sejak pagi membuat ratusan rumah di bantaran kali "
                        + "terendam air.\n\nWarga mengungsi ke masjid dan sekolah yang ada di sekitar kampung.");
        story("surabaya.txt", "Pelabuhan Tanjung Perak Akan Diperluas " + unique,
                "SURABAYA (Antara) - Pemerintah akan memperluas pelabuhan agar kapal yang besar dapat bersandar "
                        + "dengan aman.");
        Files.write(folder.resolve("kosong.txt"), new byte[0]);
        Files.write(folder.resolve("gambar.txt"), PNG);
        Files.writeString(folder.resolve(".catatan.txt"), "Catatan " + unique + "\n\nTersembunyi, tidak dikirim.");
        Files.writeString(folder.resolve("readme.md"), "Bukan berita.");
    }

    @AfterEach
    void removeFolder() throws IOException {
        if (folder != null) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void importsAFolderWithBadFilesThenResumesWithoutImportingTwice() throws Exception {
        String[] command = {"--url", base.toString(), "--user", username, folder.toString()};

        Run first = run(command);

        assertThat(first.code()).as(first.all()).isEqualTo(1);
        assertThat(first.out()).as(first.all())
                .containsPattern("(?m)^  created:    3$").containsPattern("(?m)^  duplicates: 0$")
                .containsPattern("(?m)^  failed:     2$").containsPattern("(?m)^  skipped:    0$")
                .contains("  kosong.txt: The file is empty.").contains("  gambar.txt: The file is not text");
        assertThat(first.err()).as(first.all()).contains("[####################] 5/5 100%")
                .doesNotContain(".catatan.txt").doesNotContain("readme.md");

        Map<String, String[]> state = state();
        assertThat(state).containsOnlyKeys("gambar.txt", "jakarta/anggaran.txt", "jakarta/banjir.txt", "kosong.txt",
                "surabaya.txt");
        for (Map.Entry<String, String[]> line : state.entrySet()) {
            assertThat(line.getValue()[1]).as(line.getKey()).isEqualTo(sha256(folder.resolve(line.getKey())));
        }
        assertThat(state.get("kosong.txt")[2]).isEqualTo("FAILED");
        assertThat(state.get("kosong.txt")[3]).isEmpty();
        assertThat(state.get("gambar.txt")[2]).isEqualTo("FAILED");
        Map<String, String> articleIds = new LinkedHashMap<>();
        for (Map.Entry<String, String> story : headlines.entrySet()) {
            String[] line = state.get(story.getKey());
            assertThat(line[2]).as(story.getKey()).isEqualTo("CREATED");
            UUID.fromString(line[3]);
            articleIds.put(story.getKey(), line[3]);
            ApiClient.Reply article = journalist.get("/api/articles/" + line[3]);
            assertThat(article.status()).as(article.raw()).isEqualTo(200);
            JsonNode json = article.json();
            assertThat(json.path("headline").asText()).isEqualTo(story.getValue());
            assertThat(json.path("status").asText()).isEqualTo("DRAFT");
            assertThat(json.path("author").path("username").asText()).isEqualTo(username);
        }
        int linesAfterFirst = stateLines().size();

        Run second = run(command);

        assertThat(second.code()).as("the two bad files are still not imported: " + second.all()).isEqualTo(1);
        assertThat(second.out()).as(second.all())
                .containsPattern("(?m)^  created:    0$").containsPattern("(?m)^  failed:     0$")
                .containsPattern("(?m)^  skipped:    5  \\(3 imported before, 2 failed before: rerun with "
                        + "--retry-failed to send them again\\)$")
                .contains("  kosong.txt: The file is empty. (earlier run)");
        assertThat(stateLines()).as("nothing was sent").hasSize(linesAfterFirst);

        String[] retry = {"--url", base.toString(), "--user", username, "--retry-failed", folder.toString()};
        Run third = run(retry);

        assertThat(third.code()).as(third.all()).isEqualTo(1);
        assertThat(third.out()).as(third.all())
                .containsPattern("(?m)^  created:    0$").containsPattern("(?m)^  failed:     2$")
                .containsPattern("(?m)^  skipped:    3  \\(3 imported before, 0 failed before\\)$");
        assertThat(stateLines()).as("only the two failed files were sent again").hasSize(linesAfterFirst + 2);

        // without its state file the command sends everything again, and the server finds the same articles
        Path otherState = Files.createTempFile(folder, "other-state", ".tsv");
        Files.delete(otherState);
        Run fresh = run("--url", base.toString(), "--user", username, "--state", otherState.toString(),
                folder.toString());
        assertThat(fresh.code()).as(fresh.all()).isEqualTo(1);
        assertThat(fresh.out()).as(fresh.all())
                .containsPattern("(?m)^  created:    0$").containsPattern("(?m)^  duplicates: 3$")
                .containsPattern("(?m)^  failed:     2$");
        for (String line : Files.readAllLines(otherState, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (articleIds.containsKey(f[0])) {
                assertThat(f[2]).isEqualTo("DUPLICATE");
                assertThat(f[3]).as(f[0]).isEqualTo(articleIds.get(f[0]));
            }
        }
    }

    @Test
    void aWrongPasswordIsExitCodeTwoAndSaysSo() {
        Run run = runWith(Map.of("CMS_PASSWORD", "not-the-password"), "--url", base.toString(), "--user", username,
                folder.toString());

        assertThat(run.code()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("wrong user or password");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRerunWithAWrongPasswordOrPortAsksTheCmsAndReportsNothingAsSkipped() throws Exception {
        Files.delete(folder.resolve("kosong.txt"));
        Files.delete(folder.resolve("gambar.txt"));
        String[] command = {"--url", base.toString(), "--user", username, folder.toString()};
        Run first = run(command);
        assertThat(first.code()).as(first.all()).isZero();
        assertThat(first.out()).as(first.all()).containsPattern("(?m)^  created:    3$");
        String stateAfterFirst = Files.readString(folder.resolve(STATE));

        Run wrongPassword = runWith(Map.of("CMS_PASSWORD", "not-the-password"), command);
        assertThat(wrongPassword.code()).as(wrongPassword.all()).isEqualTo(2);
        assertThat(wrongPassword.err()).as(wrongPassword.all())
                .contains("refused the login: wrong user or password for " + username);
        assertThat(wrongPassword.out()).as("nothing reported as skipped: " + wrongPassword.all()).isEmpty();

        String wrongUrl = "http://" + base.getHost() + ":" + freePort() + base.getPath();
        Run wrongPort = run("--url", wrongUrl, "--user", username, folder.toString());
        assertThat(wrongPort.code()).as(wrongPort.all()).isEqualTo(2);
        assertThat(wrongPort.err()).as(wrongPort.all()).contains("Cannot connect to " + wrongUrl);
        assertThat(wrongPort.out()).as(wrongPort.all()).isEmpty();
        assertThat(Files.readString(folder.resolve(STATE))).as("the failed reruns wrote nothing").isEqualTo(stateAfterFirst);

        Run again = run(command);
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).as(again.all())
                .containsPattern("(?m)^  skipped:    3  \\(3 imported before, 0 failed before\\)$");
    }

    @Test
    void anotherUserOnTheSameFolderStartsFresh() throws Exception {
        Run first = run("--url", base.toString(), "--user", username, folder.toString());
        assertThat(first.code()).as(first.all()).isEqualTo(1);

        ApiClient colleague = newsroom.user("colleague", "JOURNALIST");
        String other = colleague.get("/api/me").text("username");
        Run theirs = runWith(Map.of("CMS_PASSWORD", "secret-" + other), "--url", base.toString(), "--user", other,
                folder.toString());
        assertThat(theirs.code()).as(theirs.all()).isEqualTo(1);
        assertThat(theirs.out()).as("sent again; the CMS recognises the stories: " + theirs.all())
                .containsPattern("(?m)^  created:    0$").containsPattern("(?m)^  duplicates: 3$")
                .containsPattern("(?m)^  failed:     2$").containsPattern("(?m)^  skipped:    0$");

        Run mine = run("--url", base.toString(), "--user", username, folder.toString());
        assertThat(mine.out()).as("the first user's state is kept: " + mine.all())
                .containsPattern("(?m)^  skipped:    5  \\(3 imported before, 2 failed before");
        assertThat(Files.readAllLines(folder.resolve(STATE), StandardCharsets.UTF_8))
                .filteredOn(l -> l.startsWith("@server\t")).hasSize(3);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void story(String relative, String headline, String body) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, headline + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        headlines.put(relative, headline);
    }

    private Run run(String... args) {
        return runWith(env, args);
    }

    private static Run runWith(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> stateLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(STATE), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@server\t")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The state file's entries (no header, no {@code @server} lines): path → {path, sha256, status, articleId[, error]}, the last line of a path winning. */
    private Map<String, String[]> state() throws IOException {
        Map<String, String[]> state = new LinkedHashMap<>();
        for (String line : stateLines()) {
            String[] fields = line.split("\t", -1);
            assertThat(fields.length).as(line).isBetween(4, 5);
            state.put(fields[0], fields);
        }
        return state;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
