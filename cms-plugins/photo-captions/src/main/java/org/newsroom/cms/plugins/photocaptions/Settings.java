package org.newsroom.cms.plugins.photocaptions;

import java.util.List;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;

/** The plugin's settings: what admins see and change, and typed access to the current values. */
public final class Settings {

    private Settings() {
    }

    static List<ConfigSetting> metadata() {
        return List.of(
                ConfigSetting.integer("maxUploadMb", 20, 1, 200, "Largest photo upload in megabytes (413 above it)."),
                ConfigSetting.integer("maxMegapixels", 50, 1, 500, "Largest photo in megapixels (width × height), "
                        + "checked from the file header before decoding (422 above it)."),
                ConfigSetting.bool("requireImage", true, "Publishing needs an image in every photo slot."),
                ConfigSetting.bool("requireCaption", true, "Publishing needs a caption on every photo."),
                ConfigSetting.bool("requireCredit", true, "Publishing needs a credit line on every photo."),
                ConfigSetting.bool("requireAltText", true, "Publishing needs alt text on every photo."),
                ConfigSetting.bool("flagAltEqualsCaption", true, "Refuse publishing when alt text merely repeats "
                        + "the caption."),
                ConfigSetting.integer("publicMaxAgeSeconds", 3600, 0, 31_536_000, "Cache-Control max-age of public "
                        + "photo URLs (clients revalidate with the ETag afterwards)."));
    }

    public static long maxUploadBytes(PluginConfig config) {
        return config.integer("maxUploadMb") * 1024L * 1024L;
    }

    public static long maxPixels(PluginConfig config) {
        return config.integer("maxMegapixels") * 1_000_000L;
    }

    public static int publicMaxAgeSeconds(PluginConfig config) {
        return config.integer("publicMaxAgeSeconds");
    }
}
