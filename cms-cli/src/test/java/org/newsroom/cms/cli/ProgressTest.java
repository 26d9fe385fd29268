package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void rendersTheBarCountAndPercent() {
        assertThat(Progress.render(12, 40, "a/story.txt")).isEqualTo("[######..............] 12/40  30%  a/story.txt");
        assertThat(Progress.render(0, 3, "x.txt")).isEqualTo("[....................] 0/3   0%  x.txt");
        assertThat(Progress.render(3, 3, "x.txt")).isEqualTo("[####################] 3/3 100%  x.txt");
        assertThat(Progress.render(0, 0, "")).startsWith("[####################] 0/0 100%");
    }

    @Test
    void longPathsKeepTheirEnd() {
        String label = "a/".repeat(40) + "story.txt";
        String shown = Progress.shorten(label);
        assertThat(shown).hasSize(50).startsWith("...").endsWith("a/story.txt");
    }

    @Test
    void onATerminalOneLineIsRedrawnAndEndedOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, false);
        progress.starting(0, 2, "a/long-name.txt");
        progress.finished(1, 2, "a/long-name.txt", "CREATED");
        progress.finished(2, 2, "b.txt", "FAILED");
        progress.end();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r[....................] 0/2   0%  a/long-name.txt");
        assertThat(text.chars().filter(c -> c == '\r')).hasSize(3);
        assertThat(text.chars().filter(c -> c == '\n')).hasSize(1);
        assertThat(text).contains("\r[####################] 2/2 100%  b.txt" + " ".repeat(10) + "\n")
                .doesNotContain("CREATED");
    }

    @Test
    void inALogEveryFileIsALineWithItsOutcome() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false);
        progress.starting(0, 2, "a.txt");
        progress.finished(1, 2, "a.txt", "CREATED");
        progress.finished(2, 2, "b.txt", "FAILED");
        progress.end();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "[##########..........] 1/2  50%  a.txt  CREATED" + System.lineSeparator()
                        + "[####################] 2/2 100%  b.txt  FAILED" + System.lineSeparator());
    }

    @Test
    void quietDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, true);
        progress.starting(0, 1, "a.txt");
        progress.finished(1, 1, "a.txt", "CREATED");
        progress.end();
        assertThat(bytes.size()).isZero();
    }
}
