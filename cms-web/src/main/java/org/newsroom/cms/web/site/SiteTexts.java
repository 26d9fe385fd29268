package org.newsroom.cms.web.site;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The site's own words (bundle {@code org.newsroom.cms.web.site.messages}: English, {@code _id} Indonesian) in
 * the language of what is shown — an article's, or the newsroom's default on lists — and its times in the
 * newsroom's zone ({@code CMS_TIME_ZONE}), with the zone's abbreviation ("WIB").
 */
public final class SiteTexts {

    /** The languages the site's words exist in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "id");
    static final String BUNDLE = "org.newsroom.cms.web.site.messages";

    private final Locale locale;
    private final ZoneId zone;
    private final ResourceBundle bundle;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;

    /** @param language a BCP 47 tag (an article's language); words fall back to English */
    public SiteTexts(String language, ZoneId zone) {
        String chosen = language == null ? null : Locale.forLanguageTag(language).getLanguage();
        this.locale = Locale.forLanguageTag(chosen != null && LANGUAGES.contains(chosen) ? chosen : LANGUAGES.get(0));
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SiteTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale).withZone(zone);
    }

    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String t(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    /** e.g. "2 Desember 2026 13.05 WIB". */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return time.format(instant) + " " + zoneName.format(instant);
    }

    /** The {@code datetime} of a {@code <time>}: ISO-8601 with the zone's offset, whole seconds. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    public String lang() {
        return locale.getLanguage();
    }
}
