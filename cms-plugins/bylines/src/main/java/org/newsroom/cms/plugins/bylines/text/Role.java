package org.newsroom.cms.plugins.bylines.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a contributor did for an article. The JSON value is the lower-case name ({@code "author"}). */
public enum Role {
    AUTHOR, REPORTER, PHOTOGRAPHER, EDITOR, TRANSLATOR, CONTRIBUTOR;

    /**
     * The JSON values as a regular expression ignoring case and surrounding blanks, as {@link #of} reads them:
     * for Bean Validation annotations, which need a constant (a test keeps it in step with the values).
     */
    public static final String PATTERN = "(?i)\\s*(author|reporter|photographer|editor|translator|contributor)\\s*";

    /** The JSON and database value, e.g. {@code "photographer"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a JSON value, ignoring case and surrounding blanks; empty when unknown. */
    public static Optional<Role> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.value().equals(v)).findFirst();
    }

    /** All JSON values, in declaration order (for error messages and the config enum). */
    public static List<String> valueList() {
        return Arrays.stream(values()).map(Role::value).toList();
    }

    /** Whether this role is one of the writers named in the main "By …" part of the byline. */
    public boolean writes() {
        return this == AUTHOR || this == REPORTER;
    }
}
