package org.newsroom.cms.core.application;

import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the newsroom is: the language a new article gets when it names none ({@code CMS_DEFAULT_LANGUAGE},
 * system property {@code cms.default-language}, default {@code id}) and the time zone every time is shown and
 * entered in ({@code CMS_TIME_ZONE}, {@code cms.time-zone}, default {@code Asia/Jakarta}). An Indonesian
 * newsroom is the default: before this setting, a new article silently became English. A value that cannot be
 * read is logged and the default used.
 */
@ApplicationScoped
public class NewsroomSettings {

    public static final String DEFAULT_LANGUAGE = "id";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Jakarta");

    private String defaultLanguage = DEFAULT_LANGUAGE;
    private ZoneId timeZone = DEFAULT_TIME_ZONE;

    public NewsroomSettings() {
    }

    /** For tests: these settings. */
    public NewsroomSettings(String defaultLanguage, ZoneId timeZone) {
        this.defaultLanguage = defaultLanguage;
        this.timeZone = timeZone;
    }

    @PostConstruct
    void configure() {
        defaultLanguage = Settings.parsed("CMS_DEFAULT_LANGUAGE", "cms.default-language",
                ArticleInputValidator::languageTag, "a BCP 47 language tag such as id or en", DEFAULT_LANGUAGE);
        timeZone = Settings.zone("CMS_TIME_ZONE", "cms.time-zone", DEFAULT_TIME_ZONE);
    }

    /** The language tag of an article that names none, normalised ("id", "en-GB"). */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The newsroom's time zone: what the UI shows times in and reads entered times in. */
    public ZoneId timeZone() {
        return timeZone;
    }
}
