package org.newsroom.cms.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.newsroom.cms.cli.WireFolder.WireFile;

/**
 * The batch: the CMS and the login checked first ({@link ImportClient#signIn()}), then every {@code .txt}
 * file of a folder sent through an {@link ImportClient}, each outcome recorded in the {@link ImportState} (under
 * the server and user) at once, progress on stderr, a {@link Summary} at the end. A file is skipped when the
 * state says it was imported before to the same server as the same user with the same SHA-256; a file that
 * failed before is sent again only with {@code retryFailed}; a changed file (new hash) is always sent again.
 */
public final class BatchImport {

    /** Larger files are refused without sending them, as the server would (5 MB a story). */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Path folder;
    private final ImportClient client;
    private final PrintStream out;
    private final PrintStream err;
    private final Progress progress;
    private boolean retryFailed;
    private Path stateFile;

    /**
     * @param folder   the folder to import
     * @param client   sends one file
     * @param out      receives the summary
     * @param err      receives the progress bar and warnings
     * @param progress how the progress is drawn (on {@code err})
     */
    public BatchImport(Path folder, ImportClient client, PrintStream out, PrintStream err, Progress progress) {
        this.folder = folder;
        this.client = client;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.stateFile = folder.resolve(Options.DEFAULT_STATE);
    }

    /** Sends files that failed in an earlier run again. */
    public BatchImport retryFailed(boolean retry) {
        this.retryFailed = retry;
        return this;
    }

    /** Records progress in {@code file} instead of {@code FOLDER/.newsroom-import-state.tsv}. */
    public BatchImport stateFile(Path file) {
        this.stateFile = file;
        return this;
    }

    /**
     * Runs the batch and prints the summary.
     *
     * @return the summary (its {@link Summary#exitCode()} is the command's)
     * @throws CommandException the folder or state file is unusable, the CMS cannot be reached or refuses the
     *                          login (then nothing was reported), or the client gave up during the batch:
     *                          what was done so far is in the state file
     */
    public Summary run() throws CommandException {
        List<String> warnings = new ArrayList<>();
        List<WireFile> files = WireFolder.scan(folder, stateFile, warnings);
        // the CMS and the login first: nothing is reported (not even "skipped") for a CMS that is not there
        // or a password it refuses, and the state of another server or user is never read
        ImportState.Key key = ImportState.Key.of(client.server(), client.signIn());
        warnings.forEach(w -> err.println("warning: " + w));
        Summary summary = new Summary(files.size());
        try (ImportState state = ImportState.open(stateFile, key)) {
            int done = 0;
            for (WireFile file : files) {
                String outcome;
                try {
                    outcome = importOne(file, done, files.size(), state, summary);
                } catch (CommandException e) {
                    progress.end();
                    throw CommandException.fatal(e.getMessage() + "\nStopped after " + done + " of " + files.size()
                            + " files (progress is recorded in " + state.file()
                            + "): run the same command again to continue.", e);
                }
                done++;
                progress.finished(done, files.size(), file.relativePath(), outcome);
            }
        } catch (IOException closing) {
            err.println("warning: could not close the state file " + stateFile + ": " + closing.getMessage());
        }
        progress.end();
        summary.print(out, folder.toString());
        return summary;
    }

    private String importOne(WireFile file, int done, int total, ImportState state, Summary summary)
            throws CommandException {
        byte[] content;
        try {
            if (Files.size(file.path()) > MAX_FILE_BYTES) {
                return tooLarge(file, state, summary);
            }
            content = Files.readAllBytes(file.path());
        } catch (IOException e) {
            ImportClient.Outcome unreadable = ImportClient.Outcome.failed("Cannot read the file: " + e.getMessage());
            summary.count(unreadable, file.relativePath());
            return "FAILED";
        }
        String hash = sha256(content);
        String skipped = skipped(file, hash, state, summary);
        if (skipped != null) {
            return skipped;
        }
        progress.starting(done, total, file.relativePath());
        ImportClient.Outcome outcome = client.importFile(file.relativePath(), content);
        if (outcome == null) {
            outcome = ImportClient.Outcome.failed("No answer for this file.");
        }
        state.record(file.relativePath(), hash, outcome);
        summary.count(outcome, file.relativePath());
        return outcome.status().name();
    }

    /** The progress text when the state says to skip the file, else null. */
    private String skipped(WireFile file, String hash, ImportState state, Summary summary) {
        ImportState.Entry before = state.get(file.relativePath());
        if (before == null || !before.sha256().equals(hash)) {
            return null;
        }
        if (before.status() != ImportClient.Status.FAILED) {
            summary.alreadyImported();
            return "skipped (" + before.status() + " before)";
        }
        if (!retryFailed) {
            summary.notRetried(file.relativePath(), before.error());
            return "skipped (FAILED before)";
        }
        return null;
    }

    /** A file over 5 MB fails without being sent; recorded like a server failure. */
    private String tooLarge(WireFile file, ImportState state, Summary summary)
            throws IOException, CommandException {
        String hash;
        try (InputStream in = Files.newInputStream(file.path())) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            hash = HexFormat.of().formatHex(digest.digest());
        }
        String skipped = skipped(file, hash, state, summary);
        if (skipped != null) {
            return skipped;
        }
        ImportClient.Outcome outcome = ImportClient.Outcome.failed("Larger than 5 MB: not a single story.");
        state.record(file.relativePath(), hash, outcome);
        summary.count(outcome, file.relativePath());
        return "FAILED";
    }

    /** Lower-case hex SHA-256. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
