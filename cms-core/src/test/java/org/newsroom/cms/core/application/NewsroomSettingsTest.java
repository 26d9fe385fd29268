package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The newsroom's language and time zone: Indonesian and Jakarta unless configured; a bad value is not fatal. */
class NewsroomSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("cms.default-language");
        System.clearProperty("cms.time-zone");
    }

    private static NewsroomSettings configured() {
        NewsroomSettings settings = new NewsroomSettings();
        settings.configure();
        return settings;
    }

    @Test
    void defaultsToIndonesianInJakarta() {
        NewsroomSettings settings = configured();
        assertThat(settings.defaultLanguage()).isEqualTo("id");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void readsBothSettingsNormalised() {
        System.setProperty("cms.default-language", " EN-gb ");
        System.setProperty("cms.time-zone", "Asia/Makassar");
        NewsroomSettings settings = configured();
        assertThat(settings.defaultLanguage()).isEqualTo("en-GB");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void valuesThatCannotBeReadFallBackToTheDefaults() {
        System.setProperty("cms.default-language", "not a language!");
        System.setProperty("cms.time-zone", "Mars/Olympus_Mons");
        NewsroomSettings settings = configured();
        assertThat(settings.defaultLanguage()).isEqualTo("id");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }
}
