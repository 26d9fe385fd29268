package org.newsroom.cms.plugins.photocaptions;

import java.util.List;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;

/**
 * The plugin's settings as one typed value. {@link #metadata()} is what admins see and change; read the
 * current values with {@code Settings.of(context.config())} where they are needed (the host keeps the
 * config in memory, so this is cheap and always current).
 */
public record Settings(int maxUploadMb, int maxMegapixels, boolean requireImage, boolean requireCaption,
                       boolean requireCredit, boolean requireAltText, boolean flagAltEqualsCaption,
                       int publicMaxAgeSeconds) {

    static List<ConfigSetting> metadata() {
        return List.of(
                ConfigSetting.integer("maxUploadMb", 20, 1, 200, "Largest photo upload in megabytes (413 above it).")
                        .labelled("Largest upload (MB)", "Unggahan terbesar (MB)"),
                ConfigSetting.integer("maxMegapixels", 50, 1, 500, "Largest photo in megapixels (width × height), "
                        + "checked from the file header before decoding (422 above it).")
                        .labelled("Largest photo (megapixels)", "Foto terbesar (megapiksel)"),
                ConfigSetting.bool("requireImage", true, "Publishing needs an image in every photo slot.")
                        .labelled("Require an image in every photo slot", "Wajib ada gambar di setiap slot foto"),
                ConfigSetting.bool("requireCaption", true, "Publishing needs a caption on every photo.")
                        .labelled("Require a caption", "Wajib ada keterangan foto"),
                ConfigSetting.bool("requireCredit", true, "Publishing needs a credit line on every photo.")
                        .labelled("Require a credit line", "Wajib ada kredit foto"),
                ConfigSetting.bool("requireAltText", true, "Publishing needs alt text on every photo.")
                        .labelled("Require alt text", "Wajib ada teks alternatif"),
                ConfigSetting.bool("flagAltEqualsCaption", true, "Refuse publishing when alt text merely repeats "
                        + "the caption.")
                        .labelled("Refuse alt text that repeats the caption",
                                "Tolak teks alternatif yang sama dengan keterangan"),
                ConfigSetting.integer("publicMaxAgeSeconds", 3600, 0, 31_536_000, "Cache-Control max-age of public "
                        + "photo URLs (clients revalidate with the ETag afterwards).")
                        .labelled("Public cache lifetime (seconds)", "Masa cache publik (detik)"));
    }

    public static Settings of(PluginConfig config) {
        return new Settings(config.integer("maxUploadMb"), config.integer("maxMegapixels"),
                config.bool("requireImage"), config.bool("requireCaption"), config.bool("requireCredit"),
                config.bool("requireAltText"), config.bool("flagAltEqualsCaption"),
                config.integer("publicMaxAgeSeconds"));
    }

    public long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }

    public long maxPixels() {
        return maxMegapixels * 1_000_000L;
    }

    /** The publish checks switched on. */
    public PublishRules publishRules() {
        return new PublishRules(requireImage, requireCaption, requireCredit, requireAltText, flagAltEqualsCaption);
    }
}
