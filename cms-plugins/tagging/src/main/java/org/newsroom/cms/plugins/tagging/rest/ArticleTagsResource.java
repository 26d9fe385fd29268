package org.newsroom.cms.plugins.tagging.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/** {@code /api/articles/{id}/tagging/…}: the article's tags (ordered) and suggestions. */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticleTagsResource {

    private final UUID articleId;
    private final PluginContext context;
    private final ArticleTagStore articleTags;
    private final ArticleTagging tagging;

    public ArticleTagsResource(UUID articleId, PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.articleId = articleId;
        this.context = context;
        this.articleTags = articleTags;
        this.tagging = new ArticleTagging(context, tags, articleTags);
    }

    @GET
    @Path("tags")
    public List<Tag> tags() {
        return articleTags.tagsOf(articleId);
    }

    @PUT
    @Path("tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Tag> assign(TagsRequest request) {
        Caller caller = context.caller().orElseThrow(() -> PluginException.forbidden("Sign in to tag articles."));
        return tagging.assign(articleId, caller, Bodies.valid(request).tags());
    }

    /** Fresh suggestions from the working copy's text, then those stored at wire import that are not among them. */
    @GET
    @Path("suggestions")
    public List<Suggestion> suggestions() {
        return tagging.suggestions(articleId);
    }
}
