package org.newsroom.cms.core.plugin;

import java.util.UUID;

/**
 * A plugin said its data about an article changed ({@link org.newsroom.cms.plugin.api.ArticleAccess#dataChanged}):
 * a synchronous CDI event, observed inside the plugin's transaction by whatever the host derives from plugin data
 * (the search documents).
 */
public record ArticleDataChanged(UUID articleId) {
}
