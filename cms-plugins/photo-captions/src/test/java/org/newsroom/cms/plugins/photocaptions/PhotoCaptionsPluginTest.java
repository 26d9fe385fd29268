package org.newsroom.cms.plugins.photocaptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;

class PhotoCaptionsPluginTest {

    @Test
    void isDiscoveredByServiceLoaderWithItsSettings() {
        CmsPlugin plugin = ServiceLoader.load(CmsPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("photo-captions")).findFirst().orElseThrow();
        assertThat(plugin).isInstanceOf(PhotoCaptionsPlugin.class);
        assertThat(plugin.configMetadata()).extracting(ConfigSetting::key).containsExactly("maxUploadMb",
                "maxMegapixels", "requireImage", "requireCaption", "requireCredit", "requireAltText",
                "flagAltEqualsCaption", "publicMaxAgeSeconds");
        assertThat(plugin.configMetadata()).filteredOn(s -> s.type() == ConfigSetting.Type.BOOL)
                .extracting(ConfigSetting::defaultValue).containsOnly(true);
        assertThat(plugin.configMetadata().get(0).defaultValue()).isEqualTo(20);
        assertThat(plugin.configMetadata().get(1).defaultValue()).isEqualTo(50);
        assertThat(plugin.extensions()).isEmpty(); // nothing before init
    }

    @Test
    void itsMigrationCreatesOnlyItsOwnTables() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(
                "/db/migration/plugins/photo-captions/V1__photos_images_renditions.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase();
            assertThat(sql).contains("create table plg_photo_captions_photo", "create table plg_photo_captions_image",
                    "create table plg_photo_captions_rendition", "references article (id)");
            assertThat(sql).doesNotContainPattern("alter\\s+table").doesNotContainPattern("create table (?!plg_)");
        }
    }
}
