package org.newsroom.cms.plugins.tagging.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.DismissRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;
import org.newsroom.cms.plugins.tagging.rest.TagViews.OfferedSuggestion;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/**
 * {@code /api/articles/{id}/tagging/…}: the article's tags (ordered) and suggestions, labelled and reasoned
 * in the caller's language. The rules are {@link ArticleTagging}'s, shared with the newsroom panel.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticleTagsResource {

    private final UUID articleId;
    private final PluginContext context;
    private final ArticleTagging tagging;

    public ArticleTagsResource(UUID articleId, PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this(articleId, context, new ArticleTagging(context, tags, articleTags));
    }

    public ArticleTagsResource(UUID articleId, PluginContext context, ArticleTagging tagging) {
        this.articleId = articleId;
        this.context = context;
        this.tagging = tagging;
    }

    @GET
    @Path("tags")
    public List<Tag> tags() {
        return tagging.tags(articleId, locale());
    }

    @PUT
    @Path("tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Tag> assign(TagsRequest request) {
        Caller caller = caller();
        Bodies.valid(request);
        return tagging.assign(articleId, caller, request.tags());
    }

    /** Fresh suggestions from the working copy's text, then those stored at wire import; none dismissed. */
    @GET
    @Path("suggestions")
    public List<OfferedSuggestion> suggestions() {
        return tagging.suggestions(articleId, locale());
    }

    /** Not to be suggested for this article again. */
    @POST
    @Path("suggestions/dismissed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(DismissRequest request) {
        Caller caller = caller();
        tagging.dismiss(articleId, caller, Bodies.valid(request).name());
        return Response.noContent().build();
    }

    private Caller caller() {
        return context.caller().orElseThrow(() -> PluginException.forbidden("Sign in to tag articles."));
    }

    private Locale locale() {
        return context.caller().map(Caller::locale).orElse(Locale.ENGLISH);
    }
}
