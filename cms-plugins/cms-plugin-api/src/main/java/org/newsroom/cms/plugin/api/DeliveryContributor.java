package org.newsroom.cms.plugin.api;

import java.util.Map;

/**
 * Adds the plugin's data to an article as it is delivered: the newsroom JSON and the public JSON (later
 * also ninjs, JSON-LD and feeds). The result appears under {@code "plugins": {"<plugin-id>": …}}.
 * Called outside any write; must be fast and side-effect free.
 */
public interface DeliveryContributor extends ExtensionPoint {

    /**
     * @param article  what is being delivered (for {@link Audience#PUBLIC}, the live revision)
     * @param audience who gets it: never leak newsroom-only data to {@link Audience#PUBLIC}
     * @return JSON-compatible values (strings, numbers, booleans, lists, maps, records); empty to add nothing
     */
    Map<String, Object> contribute(ArticleSnapshot article, Audience audience);
}
