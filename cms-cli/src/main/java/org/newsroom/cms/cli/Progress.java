package org.newsroom.cms.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar on stderr: {@code [#######.............] 12/40  30%  a/story.txt}. On a terminal one line
 * redrawn with {@code \r}; otherwise (a log, a pipe) one line per file with its outcome.
 */
public final class Progress {

    static final int WIDTH = 20;
    private static final int MAX_LABEL = 50;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private int lastLength;

    /**
     * @param err      where to draw
     * @param terminal redraw one line with {@code \r} (stderr is a terminal) or print a line per file
     * @param quiet    draw nothing
     */
    public Progress(PrintStream err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /**
     * The bar for {@code done} of {@code total} files.
     *
     * @param done  files finished
     * @param total all files
     * @param label the current file
     * @return e.g. {@code [#######.............] 12/40  30%  a/story.txt}
     */
    public static String render(int done, int total, String label) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        return String.format(Locale.ROOT, "[%s] %d/%d %3d%%  %s", bar, done, total, percent, shorten(label));
    }

    /** Keeps the end of a long path, which tells the files apart. */
    static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : "..." + label.substring(label.length() - MAX_LABEL + 3);
    }

    /** A file is about to be sent (drawn on a terminal only, so the user sees what is slow). */
    public void starting(int done, int total, String file) {
        if (terminal && !quiet) {
            redraw(render(done, total, file));
        }
    }

    /** A file is finished: {@code outcome} is CREATED, DUPLICATE, FAILED or skipped. */
    public void finished(int done, int total, String file, String outcome) {
        if (quiet) {
            return;
        }
        if (terminal) {
            redraw(render(done, total, file));
        } else {
            err.println(render(done, total, file) + "  " + outcome);
            err.flush();
        }
    }

    /** Ends the redrawn line, before the summary or an error message is printed. */
    public void end() {
        if (terminal && !quiet && lastLength > 0) {
            err.println();
            err.flush();
            lastLength = 0;
        }
    }

    private void redraw(String line) {
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }
}
