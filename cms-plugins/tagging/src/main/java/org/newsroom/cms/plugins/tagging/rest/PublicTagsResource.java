package org.newsroom.cms.plugins.tagging.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.newsroom.cms.plugins.tagging.text.Languages;

/**
 * {@code /api/public/tags/…}: tags of published articles and the articles of a tag (cursor-paged). The
 * stores give candidate article ids; which of them readers see is asked of the host's visibility rule.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class PublicTagsResource {

    /** Ids per visibility question, so no single question grows with the archive. */
    static final int VISIBILITY_BATCH = 1000;
    /** Where the host mounts this resource. */
    static final String PATH = "/api/public/tags/";

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;

    public PublicTagsResource(PluginContext context, TagStore tags, ArticleTagStore articleTags) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
    }

    /** Tags on at least one published article, with how many, most used first, labelled in the language asked. */
    @GET
    public List<PublicTag> tags(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        List<UUID> tagged = articleTags.taggedArticles();
        Set<UUID> visible = new HashSet<>();
        for (int from = 0; from < tagged.size(); from += VISIBILITY_BATCH) {
            visible.addAll(context.articles().visible(tagged.subList(from, Math.min(tagged.size(), from + VISIBILITY_BATCH))));
        }
        return articleTags.tagCounts(new ArrayList<>(visible), locale(lang, acceptLanguage)).stream()
                .map(PublicTag::of).toList();
    }

    /**
     * Published articles with the tag, by last publication, newest first, {@code limit} per page. The slug of
     * a tag merged into another answers 301 to the other's page (same query), when no tag has the slug now.
     */
    @GET
    @Path("{slug}/articles")
    public Response articles(@PathParam("slug") String slug, @QueryParam("after") String after,
                             @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("lang") String lang,
                             @HeaderParam("Accept-Language") String acceptLanguage) {
        Object answer = page(slug, after, limit, lang, acceptLanguage);
        return answer instanceof Moved moved
                ? Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(moved.location())).build()
                : Response.ok(answer).build();
    }

    /** Where a merged tag's slug leads now (an absolute path, with the request's query). */
    record Moved(String location) {
    }

    /**
     * Published articles with the tag, by last publication, newest first, {@code limit} per page: a
     * {@link TagPage}; or, for the slug of a tag merged into another (when no tag has the slug now), the
     * {@link Moved} answer (301) to the other's page with the same query.
     */
    Object page(String slug, String after, int limit, String lang, String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        Optional<Tag> live = tags.bySlug(slug, locale);
        if (live.isEmpty()) {
            Tag target = tags.aliasTarget(slug, locale)
                    .orElseThrow(() -> PluginException.notFound("No tag \"" + slug + "\"."));
            return new Moved(PATH + target.slug() + "/articles" + query("after", after,
                    "limit", limit == 20 ? null : String.valueOf(limit), "lang", lang));
        }
        if (limit < 1 || limit > 100) {
            throw TagErrors.invalid("limit", "must be between 1 and 100.");
        }
        Cursor cursor = Cursor.decode("after", after).orElse(null);
        PublishedPage page = context.articles().publishedPage(articleTags.articlesWith(live.get().id()),
                PublishedPage.Order.LAST_PUBLISHED, cursor, limit);
        return new TagPage(live.get(), page.items().stream().map(PublicArticle::of).toList(),
                page.next() == null ? null : page.next().encode());
    }

    /** Readers get the article's language: {@code ?lang=}, else {@code Accept-Language}, else the newsroom's default. */
    private static Locale locale(String lang, String acceptLanguage) {
        return Locale.forLanguageTag(Languages.forPublic(lang, acceptLanguage));
    }

    private static String query(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                query.append(query.isEmpty() ? "?" : "&").append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
