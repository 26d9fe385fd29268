package org.newsroom.cms.plugins.photocaptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;

class SettingsTest {

    /** A config holding the declared defaults, with some values changed. */
    private static PluginConfig config(Map<String, Object> changed) {
        Map<String, Object> values = new HashMap<>();
        Settings.metadata().forEach(s -> values.put(s.key(), s.defaultValue()));
        values.putAll(changed);
        return new PluginConfig() {
            @Override
            public String string(String key) {
                return (String) values.get(key);
            }

            @Override
            public int integer(String key) {
                return (Integer) values.get(key);
            }

            @Override
            public boolean bool(String key) {
                return (Boolean) values.get(key);
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<String> list(String key) {
                return (List<String>) values.get(key);
            }
        };
    }

    @Test
    void theDefaultsReadAsOneTypedValue() {
        Settings settings = Settings.of(config(Map.of()));
        assertThat(settings.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(settings.maxPixels()).isEqualTo(50_000_000L);
        assertThat(settings.publicMaxAgeSeconds()).isEqualTo(3600);
        assertThat(settings.publishRules()).isEqualTo(PublishRules.ALL);
    }

    @Test
    void eachSettingReachesItsField() {
        Settings settings = Settings.of(config(Map.of("maxUploadMb", 1, "maxMegapixels", 2, "requireCredit", false,
                "flagAltEqualsCaption", false, "publicMaxAgeSeconds", 60)));
        assertThat(settings.maxUploadBytes()).isEqualTo(1024L * 1024);
        assertThat(settings.maxPixels()).isEqualTo(2_000_000L);
        assertThat(settings.publicMaxAgeSeconds()).isEqualTo(60);
        assertThat(settings.publishRules()).isEqualTo(new PublishRules(true, true, false, true, false));
        assertThat(Settings.metadata()).extracting(ConfigSetting::key).doesNotHaveDuplicates().hasSize(8);
    }
}
