package org.newsroom.cms.plugins.tagging;

import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugins.tagging.rest.ArticleTagsResource;
import org.newsroom.cms.plugins.tagging.rest.PublicTagsResource;
import org.newsroom.cms.plugins.tagging.rest.TagAdminResource;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/**
 * The plugin's REST paths: tag management under {@code /api/plugins/tagging}, an article's tags and
 * suggestions under {@code /api/articles/{id}/tagging}, public tag pages under {@code /api/public/tags}.
 */
final class TaggingRoutes implements RestExtension {

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    TaggingRoutes(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    @Override
    public Object pluginResource() {
        return new TagAdminResource(context, tags);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticleTagsResource(articleId, context, tags, articleTags);
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("tags", new PublicTagsResource(context, tags, articleTags));
    }
}
