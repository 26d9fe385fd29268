package org.newsroom.cms.plugins.bylines.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies a wire sign-off may name, from entries such as {@code "ant=Antara"}: a sign-off part is
 * an agency when it is one of the codes or one of the full names, in any case ({@code ant}, {@code ANT},
 * {@code Antara}).
 */
public final class Agencies {

    /** The agencies known out of the box. */
    public static final List<String> DEFAULTS = List.of("ant=Antara", "dtk=detikcom", "kmp=Kompas", "tmp=Tempo",
            "rtr=Reuters", "afp=AFP", "ap=AP");

    /** A code of letters and digits, "=", and a name without slashes or parentheses (they delimit sign-offs). */
    private static final Pattern ENTRY = Pattern.compile("^\\s*([\\p{L}\\p{N}]{1,12})\\s*=\\s*([^/()=]{1,80}?)\\s*$");

    private final Map<String, String> byToken;

    private Agencies(Map<String, String> byToken) {
        this.byToken = Map.copyOf(byToken);
    }

    /** The table of these entries; malformed ones (see {@link #problem}) are left out. */
    public static Agencies of(List<String> entries) {
        Map<String, String> byToken = new HashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            Matcher m = entry == null ? null : ENTRY.matcher(entry);
            if (m != null && m.matches()) {
                byToken.putIfAbsent(token(m.group(1)), m.group(2));
                byToken.putIfAbsent(token(m.group(2)), m.group(2));
            }
        }
        return new Agencies(byToken);
    }

    /** Why an entry cannot be used, or empty when it reads as {@code code=Agency name}. */
    public static Optional<String> problem(String entry) {
        if (entry != null && ENTRY.matcher(entry).matches()) {
            return Optional.empty();
        }
        return Optional.of("\"" + entry + "\" is not an agency entry: write code=Agency, e.g. \"ant=Antara\" (a code "
                + "of up to 12 letters or digits; a name of up to 80 characters without / ( ) or =).");
    }

    /** The agency's name if {@code part} is one of the codes or names. */
    public Optional<String> lookup(String part) {
        return Optional.ofNullable(byToken.get(token(part)));
    }

    private static String token(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
