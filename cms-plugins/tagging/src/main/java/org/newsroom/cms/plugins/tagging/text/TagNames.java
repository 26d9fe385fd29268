package org.newsroom.cms.plugins.tagging.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tag name rules: the normalised key that makes "Rusia", "rusia " and "RUSIA" one tag, slugs, limits. */
public final class TagNames {

    public static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters (any script), digits, spaces and a few joiners: "Rolls-Royce", "AT&T", "O'Neill", "5.0", "C/2023". */
    private static final Pattern ALLOWED = Pattern.compile("^[\\p{L}\\p{M}\\p{N} .,'&/+#()-]+$");

    private TagNames() {
    }

    /** Trimmed, inner whitespace collapsed: the name as shown. */
    public static String clean(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /** Case-, diacritic- and whitespace-insensitive key. */
    public static String key(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(clean(name), Normalizer.Form.NFKD)).replaceAll("");
        return ascii.toLowerCase(Locale.ROOT);
    }

    public static String slug(String name) {
        String slug = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "tag" : slug;
    }

    /** @return what is wrong with the name, or null when it is acceptable */
    public static String problem(String name) {
        String cleaned = clean(name);
        if (cleaned.isEmpty()) {
            return "is empty; give the tag a name.";
        }
        if (cleaned.length() > MAX_LENGTH) {
            return "\"" + cleaned.substring(0, 20) + "…\" is " + cleaned.length() + " characters; the limit is "
                    + MAX_LENGTH + ".";
        }
        if (!ALLOWED.matcher(cleaned).matches()) {
            return "\"" + cleaned + "\" contains characters tags cannot have; use letters, digits, spaces and "
                    + ". , ' & / + # ( ) -";
        }
        return null;
    }
}
