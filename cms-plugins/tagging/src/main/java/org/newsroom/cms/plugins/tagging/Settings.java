package org.newsroom.cms.plugins.tagging;

import java.util.List;

import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;

/**
 * The tagging settings, typed. Read where needed with {@code Settings.of(context.config())} (the host keeps
 * the config in memory), so a change by an admin applies to the next request.
 *
 * @param controlledOnly     only existing tags may be used; typing a new name does not create a free tag
 * @param maxTagsPerArticle  most tags one article may carry
 * @param minTagsToPublish   tags an article needs before it is published or scheduled (0: no rule)
 * @param suggestions        how many suggestions to propose
 */
public record Settings(boolean controlledOnly, int maxTagsPerArticle, int minTagsToPublish, int suggestions) {

    static final String VOCABULARY_MODE = "vocabularyMode";
    static final String MAX_TAGS_PER_ARTICLE = "maxTagsPerArticle";
    static final String MIN_TAGS_TO_PUBLISH = "minTagsToPublish";
    static final String SUGGESTIONS = "suggestions";
    static final String FREE = "free";
    static final String CONTROLLED_ONLY = "controlled-only";

    /** What an admin can set, with defaults and limits. */
    static List<ConfigSetting> metadata() {
        return List.of(
                ConfigSetting.oneOf(VOCABULARY_MODE, FREE, List.of(FREE, CONTROLLED_ONLY),
                        "free: typing a new name creates a tag; controlled-only: only existing tags can be used.")
                        .labelled("Vocabulary", "Kosakata"),
                ConfigSetting.integer(MAX_TAGS_PER_ARTICLE, 20, 1, 100, "Most tags one article may carry.")
                        .labelled("Most tags per article", "Tag terbanyak per artikel"),
                ConfigSetting.integer(MIN_TAGS_TO_PUBLISH, 0, 0, 20, "Tags an article needs before it can be "
                        + "published or scheduled (0: no rule).")
                        .labelled("Tags needed to publish", "Tag minimal untuk terbit"),
                ConfigSetting.integer(SUGGESTIONS, 10, 1, 50, "How many suggestions to propose.")
                        .labelled("Suggestions", "Jumlah saran"));
    }

    public static Settings of(PluginConfig config) {
        return new Settings(CONTROLLED_ONLY.equals(config.string(VOCABULARY_MODE)),
                config.integer(MAX_TAGS_PER_ARTICLE), config.integer(MIN_TAGS_TO_PUBLISH), config.integer(SUGGESTIONS));
    }
}
