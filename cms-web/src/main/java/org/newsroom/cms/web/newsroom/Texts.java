package org.newsroom.cms.web.newsroom;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * The newsroom UI's words and times in one language: text from the resource bundle
 * {@code org.newsroom.cms.web.newsroom.messages} (English, and {@code _id} for Indonesian; templates hold no
 * text of their own), times in the newsroom's zone ({@code CMS_TIME_ZONE}) formatted for the locale.
 */
public final class Texts {

    /** The UI languages, the first being the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "id");
    static final String BUNDLE = "org.newsroom.cms.web.newsroom.messages";

    private final Locale locale;
    private final ZoneId zone;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter clock;

    public Texts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.clock = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
    }

    /** The text of a key; a missing key shows as itself in brackets (and fails MessagesTest). */
    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text of a key with {0}, {1}… filled in (MessageFormat, so numbers are localised). */
    public String t(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    public String status(ArticleStatus status) {
        return t("status." + status.name());
    }

    /** e.g. "1 Dec 2026, 10:42" in the newsroom's zone; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** e.g. "10:42" in the newsroom's zone. */
    public String clock(Instant instant) {
        return instant == null ? "" : clock.format(instant);
    }

    /** The machine-readable time of a {@code <time datetime>}: ISO-8601 with the zone's offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** The value of an {@code <input type="datetime-local">}, in the newsroom's zone. */
    public String localInput(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /**
     * Reads an {@code <input type="datetime-local">} value as a time in the newsroom's zone; null if blank.
     *
     * @throws ValidationException naming {@code field} when it is not such a value
     */
    public Instant fromLocalInput(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, t("error.dateTime"));
        }
    }

    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }
}
