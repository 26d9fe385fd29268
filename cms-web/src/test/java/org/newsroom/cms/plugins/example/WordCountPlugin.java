package org.newsroom.cms.plugins.example;

import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;

/** Adds a word count and reading time to every delivered article. */
public class WordCountPlugin implements CmsPlugin, DeliveryContributor {

    private PluginContext context;

    @Override public String id() { return "word-count"; }
    @Override public String name() { return "Word count"; }
    @Override public String version() { return "1.0"; }
    @Override public String description() { return "Word count and reading time of each article."; }

    @Override
    public List<ConfigSetting> configMetadata() {
        return List.of(ConfigSetting.integer("wordsPerMinute", 200, 50, 1000, "Reading speed for the estimate."));
    }

    @Override
    public void init(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return List.of(this);
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        String text = article.bodyHtml().replaceAll("<[^>]+>", " ").strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        int perMinute = context.config().integer("wordsPerMinute");
        return Map.of("words", words, "readingMinutes", Math.max(1, (words + perMinute - 1) / perMinute));
    }
}
