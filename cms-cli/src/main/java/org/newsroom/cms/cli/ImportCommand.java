package org.newsroom.cms.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * {@code java -jar newsroom-import.jar [--url URL] [--user NAME] [--password-env VAR] [--state FILE]
 * [--retry-failed] [--quiet] FOLDER}: imports a folder of wire copy into the CMS. See {@link Options#USAGE}.
 * Exit codes: 0 every file is in the CMS, 1 some files failed, 2 usage, connection or login error.
 */
public final class ImportCommand {

    /** Every file of the folder is in the CMS. */
    public static final int OK = 0;
    /** Some files failed (this run, or an earlier one and not retried). */
    public static final int SOME_FAILED = 1;
    /** Wrong arguments, CMS unreachable, login refused, state file unusable. */
    public static final int ERROR = 2;

    private ImportCommand() {
    }

    /** The command; the only place that calls {@link System#exit}. */
    public static void main(String[] args) {
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                System.err.println();
                System.err.println("newsroom-import: interrupted. Every file answered so far is recorded in the state "
                        + "file: run the same command again to continue.");
                System.err.flush();
            }
        }, "newsroom-import-interrupted"));
        int code = run(args, System.getenv(), System.out, System.err, terminal());
        finished.set(true);
        System.exit(code);
    }

    /**
     * Runs the command in-process with the HTTP client, never exiting the JVM; progress is printed a line per
     * file (as for a log), the way it is when stderr is not a terminal.
     *
     * @param args the command line
     * @param env  the environment (password variable, {@code CMS_USER})
     * @param out  receives the summary
     * @param err  receives progress, warnings and errors
     * @return the exit code: {@link #OK}, {@link #SOME_FAILED} or {@link #ERROR}
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, false);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, env, out, err, terminal,
                options -> new HttpImportClient(options.url(), options.user(), options.password()));
    }

    /** The command with any client: what the unit tests call. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal,
                   Function<Options, ImportClient> clients) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (CommandException e) {
            err.println("newsroom-import: " + e.getMessage());
            err.println("Run with --help for the options.");
            err.flush();
            return ERROR;
        }
        if (options == null) {
            out.print(Options.USAGE);
            out.flush();
            return OK;
        }
        try {
            Summary summary = new BatchImport(options.folder(), clients.apply(options), out, err,
                    new Progress(err, terminal, options.quiet()))
                    .retryFailed(options.retryFailed())
                    .stateFile(options.stateFile())
                    .run();
            return summary.exitCode();
        } catch (CommandException e) {
            err.println("newsroom-import: " + e.getMessage());
            if (e.usage()) {
                err.println("Run with --help for the options.");
            }
            err.flush();
            return ERROR;
        }
    }

    /**
     * Whether stderr is a terminal: {@code System.console() != null}, and on Java 22+ also
     * {@code Console.isTerminal()} (there a console exists even when output is redirected).
     */
    static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException olderJava) {
            return true;
        }
    }
}
