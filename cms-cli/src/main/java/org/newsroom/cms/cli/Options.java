package org.newsroom.cms.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The parsed command line of {@code newsroom-import}.
 *
 * @param url         the CMS's base URL (always ending in {@code /})
 * @param user        the user the articles belong to
 * @param password    the password, read from the environment variable named by {@code --password-env}
 * @param stateFile   where progress is recorded
 * @param folder      the folder to import
 * @param retryFailed whether files that failed in an earlier run are sent again
 * @param quiet       no progress bar, only the summary
 */
public record Options(URI url, String user, String password, Path stateFile, Path folder, boolean retryFailed,
                      boolean quiet) {

    /** The state file's name inside the folder when {@code --state} is not given. */
    public static final String DEFAULT_STATE = ".newsroom-import-state.tsv";
    static final String DEFAULT_URL = "http://localhost:8080";
    static final String DEFAULT_PASSWORD_ENV = "CMS_PASSWORD";

    /** The help text. */
    public static final String USAGE = """
            Usage: java -jar newsroom-import.jar [options] FOLDER

            Imports every .txt file below FOLDER (recursively, sorted, hidden files skipped) as a draft article,
            one POST /api/import/wire per file, with a progress bar and a summary. The CMS and the login are
            checked first (GET /api/me). Progress is recorded in a state file, per server and user, so running
            the same command again after an interruption continues where it stopped; against another server or
            as another user the batch starts from the beginning.

            Options:
              --url URL            the CMS (default http://localhost:8080)
              --user NAME          the user the drafts belong to (default: $CMS_USER)
              --password-env VAR   environment variable holding the password (default CMS_PASSWORD)
              --state FILE         state file (default FOLDER/.newsroom-import-state.tsv)
              --retry-failed       send files that failed in an earlier run again
              --quiet              no progress bar, only the summary
              --help               this text

            Exit codes: 0 every file is in the CMS, 1 some files failed, 2 usage, connection or login error.
            """;

    /**
     * Parses the arguments; options and the folder may come in any order, {@code --opt=value} works too.
     *
     * @param args the command line
     * @param env  the environment (for the password and {@code CMS_USER})
     * @return the options, or null when {@code --help} was asked
     * @throws CommandException a usage error
     */
    public static Options parse(String[] args, Map<String, String> env) throws CommandException {
        String url = DEFAULT_URL;
        String user = null;
        String passwordEnv = DEFAULT_PASSWORD_ENV;
        String state = null;
        String folder = null;
        boolean retryFailed = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                inline = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--retry-failed" -> retryFailed = flag(name, inline);
                case "--quiet", "-q" -> quiet = flag(name, inline);
                case "--url", "--user", "--password-env", "--state" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw CommandException.usage(name + " needs a value.");
                        }
                        value = args[++i];
                    }
                    if (value.isBlank()) {
                        throw CommandException.usage(name + " needs a value.");
                    }
                    switch (name) {
                        case "--url" -> url = value;
                        case "--user" -> user = value;
                        case "--password-env" -> passwordEnv = value;
                        default -> state = value;
                    }
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw CommandException.usage("Unknown option " + arg + ".");
                    }
                    if (folder != null) {
                        throw CommandException.usage("One folder only: got " + folder + " and " + arg + ".");
                    }
                    folder = arg;
                }
            }
        }
        if (folder == null) {
            throw CommandException.usage("Which folder? Give the folder to import.");
        }
        if (user == null) {
            user = env.get("CMS_USER");
            if (user == null || user.isBlank()) {
                throw CommandException.usage("Who imports? Give --user NAME (or set CMS_USER).");
            }
        }
        String password = env.get(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw CommandException.usage("No password: set the environment variable " + passwordEnv
                    + " to the password of " + user + " (or name another variable with --password-env).");
        }
        Path folderPath = path(folder, "folder");
        Path statePath = state == null ? folderPath.resolve(DEFAULT_STATE) : path(state, "--state");
        return new Options(uri(url), user, password, statePath, folderPath, retryFailed, quiet);
    }

    private static boolean flag(String name, String inline) throws CommandException {
        if (inline != null) {
            throw CommandException.usage(name + " takes no value.");
        }
        return true;
    }

    private static Path path(String value, String what) throws CommandException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw CommandException.usage("Not a valid " + what + ": " + value);
        }
    }

    private static URI uri(String value) throws CommandException {
        try {
            URI uri = new URI(value.endsWith("/") ? value : value + "/");
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw CommandException.usage("--url must be an http(s) address such as " + DEFAULT_URL
                        + ", not " + value + ".");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CommandException.usage("--url is not a valid address: " + value + ".");
        }
    }

    /** The password is never printed. */
    @Override
    public String toString() {
        return "Options[url=" + url + ", user=" + user + ", stateFile=" + stateFile + ", folder=" + folder
                + ", retryFailed=" + retryFailed + ", quiet=" + quiet + "]";
    }
}
