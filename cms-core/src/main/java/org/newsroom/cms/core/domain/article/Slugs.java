package org.newsroom.cms.core.domain.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns headlines into URL slugs: ASCII, lower case, words joined by hyphens. */
public final class Slugs {

    /** Longest slug we generate; leaves room for a "-NN" suffix within the column. */
    public static final int MAX_LENGTH = 100;
    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Iran akan Tingkatkan Kerja Sama" → "iran-akan-tingkatkan-kerja-sama"; never empty. */
    public static String fromHeadline(String headline) {
        String ascii = MARKS.matcher(Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD))
                .replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** The n-th alternative when a slug is taken: "x", "x-2", "x-3"… */
    public static String withSuffix(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
