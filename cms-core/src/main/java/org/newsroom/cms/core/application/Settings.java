package org.newsroom.cms.core.application;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Reads a setting the way the CMS reads its configuration: a system property (for tests) over the
 * environment variable. A value that cannot be read is reported in the log and the default used, so a
 * typo never takes sign-in down.
 */
final class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private Settings() {
    }

    static String raw(String env, String property) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int positiveInt(String env, String property, int defaultValue) {
        String value = raw(env, property);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.severe(() -> env + " must be a whole number of at least 1, not \"" + value + "\"; using " + defaultValue);
        return defaultValue;
    }

    static boolean bool(String env, String property, boolean defaultValue) {
        String value = raw(env, property);
        if (value == null) {
            return defaultValue;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> {
                return true;
            }
            case "false", "no", "0", "off" -> {
                return false;
            }
            default -> {
                LOG.severe(() -> env + " must be true or false, not \"" + value + "\"; using " + defaultValue);
                return defaultValue;
            }
        }
    }

    /** A time-zone id such as {@code Asia/Jakarta} or {@code +07:00}. */
    static ZoneId zone(String env, String property, ZoneId defaultValue) {
        String value = raw(env, property);
        if (value == null) {
            return defaultValue;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            LOG.severe(() -> env + " must be a time-zone id such as Asia/Jakarta, not \"" + value + "\"; using "
                    + defaultValue);
            return defaultValue;
        }
    }

    /**
     * A value {@code parse} accepts (it returns null for one it does not), else the default.
     *
     * @param expected what a valid value looks like, for the log
     */
    static String parsed(String env, String property, Function<String, String> parse, String expected,
                         String defaultValue) {
        String value = raw(env, property);
        if (value == null) {
            return defaultValue;
        }
        String parsed = parse.apply(value);
        if (parsed == null) {
            LOG.severe(() -> env + " must be " + expected + ", not \"" + value + "\"; using " + defaultValue);
            return defaultValue;
        }
        return parsed;
    }
}
