package org.newsroom.cms.plugins.tagging.text;

import java.util.List;
import java.util.Locale;

/**
 * Which language to label tags in: a {@link Locale} of the newsroom UI, an article's language, or a public
 * request's {@code ?lang=} and {@code Accept-Language}. Labels are looked up by the bare language code
 * ("id", "en"); a language without labels gets the English names, marked as English.
 */
public final class Languages {

    /** The newsroom's default language (the CMS's {@code CMS_DEFAULT_LANGUAGE} out of the box). */
    public static final String NEWSROOM_DEFAULT = "id";

    private Languages() {
    }

    /** "id" for Indonesian (also Java's old code "in"), else the locale's language; English when unknown. */
    public static String of(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? "en" : code(locale.getLanguage());
    }

    /** The language of a language tag such as "id", "en-GB" or "ID"; null when it is not one. */
    public static String ofTag(String tag) {
        if (tag == null || !tag.strip().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        return of(Locale.forLanguageTag(tag.strip()));
    }

    /**
     * The language a public request asks for: {@code ?lang=} when it is a language tag, else the most
     * preferred language of {@code Accept-Language}, else the newsroom's default.
     */
    public static String forPublic(String lang, String acceptLanguage) {
        String asked = ofTag(lang);
        if (asked != null) {
            return asked;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    String preferred = ofTag(range.getRange());
                    if (range.getWeight() > 0 && preferred != null) {
                        return preferred;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header asks for nothing in particular
            }
        }
        return NEWSROOM_DEFAULT;
    }

    private static String code(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        return lower.equals("in") ? "id" : lower;
    }
}
