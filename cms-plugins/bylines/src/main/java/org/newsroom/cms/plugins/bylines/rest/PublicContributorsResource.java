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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.Backend;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;

/**
 * {@code /api/public/contributors/{slug}}: an author page for readers — the contributor's public profile
 * and their published articles, newest first publication first, cursor-paginated ({@code ?after=} the
 * {@code next} of the previous page, {@code ?limit=} 1–100). Articles are selected through the
 * {@code published_article} view and rendered by the CMS ({@code ArticleAccess.published}), so nothing
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

    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private final PluginContext context;
    private final Backend backend;

    public PublicContributorsResource(PluginContext context, Backend backend) {
        this.context = context;
        this.backend = backend;
    }

    @GET
    @Path("{slug}")
    public Response profile(@PathParam("slug") String slug, @QueryParam("after") String after,
                            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw Problems.validation(List.of(new FieldError("limit", "must be between 1 and 100.")));
        }
        BylineStore.PublishedRef cursor = decode(after);
        Contributor who = backend.db().read(c -> backend.contributors().bySlug(c, slug)).orElseThrow(
                () -> Problems.notFound("No contributor at \"" + slug + "\"."));
        if (!who.active()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("public/contributors/" + who.mergedInto())).build();
        }
        List<BylineStore.PublishedRef> refs = backend.db().read(c -> backend.bylines().published(c, who.id(), cursor,
                limit));
        List<ArticleSnapshot> articles = context.articles().published(refs.stream().map(
                BylineStore.PublishedRef::id).toList());
        String next = refs.size() < limit ? null : Cursors.encode(refs.get(refs.size() - 1));
        ProfileJson json = new ProfileJson(who.slug(), who.displayName(), who.bio(), who.affiliation(), who.guest(),
                articles.stream().map(a -> new ArticleJson(a.slug(), a.headline(), a.standfirst(), a.language(),
                        a.section(), text(a.firstPublishedAt()), text(a.lastPublishedAt()))).toList(), next);
        return Response.ok(json).cacheControl(CACHE).build();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static BylineStore.PublishedRef decode(String cursor) {
        try {
            return Cursors.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw Problems.validation(List.of(new FieldError("after",
                    "is not a cursor from this API; pass the \"next\" value unchanged.")));
        }
    }
}
