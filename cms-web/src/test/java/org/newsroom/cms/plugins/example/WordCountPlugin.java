package org.newsroom.cms.plugins.example;

import java.util.List;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;

/** Identity, settings and wiring only: the work is in one class per extension point. */
public class WordCountPlugin implements CmsPlugin {

    private PluginContext context;

    @Override public String id() { return "word-count"; }
    @Override public String name() { return "Word count"; }
    @Override public String version() { return "1.0"; }
    @Override public String description() { return "Word count and reading time of each article."; }

    @Override
    public List<ConfigSetting> configMetadata() {
        return Settings.METADATA;
    }

    @Override
    public void init(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return List.of(new WordCountDelivery(context));
    }
}
