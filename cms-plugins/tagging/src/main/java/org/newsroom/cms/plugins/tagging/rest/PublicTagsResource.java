package org.newsroom.cms.plugins.tagging.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugins.tagging.rest.TagViews.PublicArticle;
import org.newsroom.cms.plugins.tagging.rest.TagViews.PublicTag;
import org.newsroom.cms.plugins.tagging.rest.TagViews.TagPage;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/**
 * {@code /api/public/tags/…}: tags of published articles and the articles of a tag (cursor-paged). The
 * stores give candidate article ids; which of them readers see is asked of the host's visibility rule.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class PublicTagsResource {

    /** Ids per visibility question, so no single question grows with the archive. */
    static final int VISIBILITY_BATCH = 1000;

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    public PublicTagsResource(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    /** Tags on at least one published article, with how many, most used first. */
    @GET
    public List<PublicTag> tags() {
        List<UUID> tagged = articleTags.taggedArticles();
        Set<UUID> visible = new HashSet<>();
        for (int from = 0; from < tagged.size(); from += VISIBILITY_BATCH) {
            visible.addAll(context.articles().visible(tagged.subList(from, Math.min(tagged.size(), from + VISIBILITY_BATCH))));
        }
        return articleTags.tagCounts(new ArrayList<>(visible)).stream().map(PublicTag::of).toList();
    }

    /** Published articles with the tag, by last publication, newest first, {@code limit} per page. */
    @GET
    @Path("{slug}/articles")
    public TagPage articles(@PathParam("slug") String slug, @QueryParam("after") String after,
                            @QueryParam("limit") @DefaultValue("20") int limit) {
        Tag tag = tags.bySlug(slug).orElseThrow(() -> PluginException.notFound("No tag \"" + slug + "\"."));
        if (limit < 1 || limit > 100) {
            throw TagErrors.invalid("limit", "must be between 1 and 100.");
        }
        Cursor cursor = Cursor.decode("after", after).orElse(null);
        PublishedPage page = context.articles().publishedPage(articleTags.articlesWith(tag.id()),
                PublishedPage.Order.LAST_PUBLISHED, cursor, limit);
        return new TagPage(tag, page.items().stream().map(PublicArticle::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
