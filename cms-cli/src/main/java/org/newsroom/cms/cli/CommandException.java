package org.newsroom.cms.cli;

/**
 * A problem that stops the command with exit code 2: a wrong argument ({@link #usage()}), a CMS that cannot be
 * reached, a refused login, a state file that cannot be written. Its message is shown to the user as is.
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean usage;

    private CommandException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    /** A fatal error that is not about the arguments. */
    public static CommandException fatal(String message) {
        return new CommandException(message, false, null);
    }

    /** A fatal error caused by {@code cause}. */
    public static CommandException fatal(String message, Throwable cause) {
        return new CommandException(message, false, cause);
    }

    /** A wrong command line: the usage is shown after the message. */
    public static CommandException usage(String message) {
        return new CommandException(message, true, null);
    }

    /** Whether the usage text should follow the message. */
    public boolean usage() {
        return usage;
    }
}
