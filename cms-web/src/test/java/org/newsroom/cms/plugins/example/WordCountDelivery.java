package org.newsroom.cms.plugins.example;

import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.PluginContext;

/** Adds a word count and reading time to every delivered article. */
final class WordCountDelivery implements DeliveryContributor {

    private final PluginContext context;

    WordCountDelivery(PluginContext context) {
        this.context = context;
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        String text = article.bodyText();
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        int perMinute = Settings.of(context.config()).wordsPerMinute();
        return Map.of("words", words, "readingMinutes", Math.max(1, (words + perMinute - 1) / perMinute));
    }
}
