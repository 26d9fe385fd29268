package org.newsroom.cms.plugins.bylines.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * {@code /api/public/contributors/{slug}}: an author page for readers — the contributor's public profile
 * and their published articles, newest first publication first, cursor-paginated ({@code ?after=} the
 * {@code next} of the previous page, {@code ?limit=} 1–100). The candidates are the articles the contributor
 * has a byline on; the CMS keeps the ones readers may see ({@code ArticleAccess.publishedPage}), so nothing
 * unpublished or embargoed shows. A merged slug redirects (301) to the record it was merged into.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class PublicContributorsResource {

    /** An article on the author page. */
    public record ArticleJson(String slug, String headline, String standfirst, String language, String section,
                              String firstPublishedAt, String lastPublishedAt) {
    }

    /** The author page: public profile fields (no account or workflow data) and one page of articles. */
    public record ProfileJson(String slug, String name, String bio, String affiliation, boolean guest,
                              List<ArticleJson> articles, String next) {
    }

    private static final String CACHE = "public, max-age=60";

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;

    public PublicContributorsResource(PluginContext context, ContributorStore contributors, BylineStore bylines) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
    }

    @GET
    @Path("{slug}")
    public Response profile(@PathParam("slug") String slug, @QueryParam("after") String after,
                            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw PluginException.invalid("limit", "must be between 1 and 100.");
        }
        Cursor cursor = Cursor.decode("after", after).orElse(null);
        Contributor who = contributors.bySlug(slug).orElseThrow(
                () -> PluginException.notFound("No contributor at \"" + slug + "\"."));
        if (!who.active()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("public/contributors/" + who.mergedInto())).build();
        }
        return Response.ok(page(who, cursor, limit)).header("Cache-Control", CACHE).build();
    }

    /** The profile with one page of the contributor's visible articles. */
    ProfileJson page(Contributor who, Cursor after, int limit) {
        PublishedPage page = context.articles().publishedPage(bylines.articlesOf(who.id()),
                PublishedPage.Order.FIRST_PUBLISHED, after, limit);
        return new ProfileJson(who.slug(), who.displayName(), who.bio(), who.affiliation(), who.guest(),
                page.items().stream().map(a -> new ArticleJson(a.slug(), a.headline(), a.standfirst(), a.language(),
                        a.section(), text(a.firstPublishedAt()), text(a.lastPublishedAt()))).toList(),
                page.next() == null ? null : page.next().encode());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
