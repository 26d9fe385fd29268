package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CdnSettingsTest {

    @Test
    void readsSecondsAndWebhookFromSystemProperties() {
        System.setProperty("cms.cdn-max-age", "300");
        System.setProperty("cms.purge-webhook-url", "https://cdn.example.id/purge?zone=1");
        try {
            CdnSettings settings = new CdnSettings();
            settings.configure();
            assertThat(settings.sharedMaxAge()).isEqualTo(300);
            assertThat(settings.purgeWebhook()).hasToString("https://cdn.example.id/purge?zone=1");
        } finally {
            System.clearProperty("cms.cdn-max-age");
            System.clearProperty("cms.purge-webhook-url");
        }
    }

    @Test
    void badValuesFallBackToTheDefaults() {
        assertThat(CdnSettings.seconds("-1")).isNull();
        assertThat(CdnSettings.seconds("sixty")).isNull();
        assertThat(CdnSettings.seconds("0")).isEqualTo("0");
        assertThat(CdnSettings.webUrl("ftp://cdn.example.id/")).isNull();
        assertThat(CdnSettings.webUrl("not a url")).isNull();
        System.setProperty("cms.cdn-max-age", "a minute");
        try {
            CdnSettings settings = new CdnSettings();
            settings.configure();
            assertThat(settings.sharedMaxAge()).isEqualTo(CdnSettings.DEFAULT_MAX_AGE);
            assertThat(settings.purgeWebhook()).isNull();
        } finally {
            System.clearProperty("cms.cdn-max-age");
        }
    }
}
