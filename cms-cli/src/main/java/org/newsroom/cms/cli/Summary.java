package org.newsroom.cms.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tally of one run: what was created, found again, failed or skipped, and why each failure happened.
 * Files that failed in an earlier run and were not retried count as skipped but are listed with their earlier
 * reason, and keep the exit code at 1: the folder is not fully imported until they are fixed.
 */
public final class Summary {

    /** A file that is not in the CMS, and why. */
    public record Failure(String file, String reason, boolean earlier) {
    }

    private final int total;
    private int created;
    private int duplicates;
    private int failed;
    private int alreadyImported;
    private int notRetried;
    private final List<Failure> failures = new ArrayList<>();

    /** A summary for a run over {@code total} files. */
    public Summary(int total) {
        this.total = total;
    }

    void count(ImportClient.Outcome outcome, String file) {
        switch (outcome.status()) {
            case CREATED -> created++;
            case DUPLICATE -> duplicates++;
            case FAILED -> {
                failed++;
                failures.add(new Failure(file, outcome.error() == null ? "no reason given" : outcome.error(), false));
            }
        }
    }

    void alreadyImported() {
        alreadyImported++;
    }

    void notRetried(String file, String reason) {
        notRetried++;
        failures.add(new Failure(file, reason == null || reason.isEmpty() ? "no reason recorded" : reason, true));
    }

    /** Prints the summary. */
    public void print(PrintStream out, String folder) {
        out.printf("Import of %s: %d file%s%n", folder, total, total == 1 ? "" : "s");
        out.printf("  %-12s%d%n", "created:", created);
        out.printf("  %-12s%d%n", "duplicates:", duplicates);
        out.printf("  %-12s%d%n", "failed:", failed);
        out.printf("  %-12s%d%s%n", "skipped:", skipped(), skipped() == 0 ? ""
                : "  (" + alreadyImported + " imported before, " + notRetried + " failed before"
                        + (notRetried > 0 ? ": rerun with --retry-failed to send them again)" : ")"));
        if (!failures.isEmpty()) {
            out.println("Failed files:");
            for (Failure f : failures) {
                out.println("  " + f.file() + ": " + f.reason() + (f.earlier() ? " (earlier run)" : ""));
            }
        }
        out.flush();
    }

    /** 0 when every file is in the CMS, 1 when some failed (now or, not retried, before). */
    public int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }

    public int total() {
        return total;
    }

    public int created() {
        return created;
    }

    public int duplicates() {
        return duplicates;
    }

    public int failed() {
        return failed;
    }

    /** Files not sent: imported before plus failed before and not retried. */
    public int skipped() {
        return alreadyImported + notRetried;
    }

    public int alreadyImportedCount() {
        return alreadyImported;
    }

    public int notRetriedCount() {
        return notRetried;
    }

    public List<Failure> failures() {
        return Collections.unmodifiableList(failures);
    }
}
