package org.newsroom.cms.plugins.example;

import java.util.List;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;

/** The plugin's settings, typed; read where needed (the host keeps the current values in memory). */
record Settings(int wordsPerMinute) {

    static final List<ConfigSetting> METADATA = List.of(
            ConfigSetting.integer("wordsPerMinute", 200, 50, 1000, "Reading speed for the estimate.")
                    .labelled("Reading speed (words a minute)", "Kecepatan baca (kata per menit)"));

    static Settings of(PluginConfig config) {
        return new Settings(config.integer("wordsPerMinute"));
    }
}
