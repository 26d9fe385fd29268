package org.newsroom.cms.plugins.tagging;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.CreateFields;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.rest.ArticleTagging;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;

/**
 * {@code "plugins": {"tagging": {"tags": ["politik", "Iran"]}}} on create: the body of
 * {@code PUT /api/articles/{id}/tagging/tags}, assigned by the same rules ({@link ArticleTagging#assign}), so a
 * bad name fails the create naming {@code plugins.tagging.tags[1]}.
 */
final class TaggingCreateFields implements CreateFields<TagsRequest> {

    private final PluginContext context;
    private final ArticleTagging tagging;

    TaggingCreateFields(PluginContext context, ArticleTagging tagging) {
        this.context = context;
        this.tagging = tagging;
    }

    @Override
    public Class<TagsRequest> type() {
        return TagsRequest.class;
    }

    @Override
    public void articleCreated(ArticleSnapshot article, TagsRequest fields) {
        Caller caller = context.caller().orElseThrow(() -> PluginException.forbidden("Sign in to tag articles."));
        tagging.assign(article.id(), caller, Bodies.valid(fields).tags());
    }
}
