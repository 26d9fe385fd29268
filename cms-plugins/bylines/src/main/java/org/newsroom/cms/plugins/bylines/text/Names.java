package org.newsroom.cms.plugins.bylines.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Name helpers: the matching key of a name (case-, diacritic- and punctuation-insensitive), and URL slugs
 * for contributors.
 */
public final class Names {

    /** Longest slug stored (the column allows 120; the suffix for uniqueness needs room). */
    public static final int MAX_SLUG = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private Names() {
    }

    /**
     * The key two spellings of one name share: lower case, no diacritics, punctuation as single spaces.
     * {@code "Hérmansyah"}, {@code "HERMANSYAH"} and {@code " hermansyah "} all give {@code "hermansyah"};
     * {@code "M. Baqeri"} and {@code "M Baqeri"} give {@code "m baqeri"}.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A slug from a name or username: {@code "Siti Nurbaya Bakrie"} → {@code "siti-nurbaya-bakrie"}. */
    public static String slugify(String text) {
        String key = key(text);
        String slug = NOT_SLUG.matcher(key).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "contributor" : slug;
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}… that {@code taken} does not hold. */
    public static String uniqueSlug(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Whether the text is a well-formed slug (lower-case letters and digits in dash-separated runs). */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= 120 && SLUG.matcher(text).matches();
    }

    /** Whether the language tag is Indonesian ({@code id}, {@code id-ID}, or the old {@code in}). */
    public static boolean indonesian(String language) {
        if (language == null) {
            return false;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.equals("id") || l.startsWith("id-") || l.startsWith("id_") || l.equals("in") || l.startsWith("in-");
    }
}
