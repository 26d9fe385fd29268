package org.newsroom.cms.web.rest;

import org.newsroom.cms.core.interchange.newsml.NewsmlDocuments;
import org.newsroom.cms.core.interchange.ninjs.NinjsDocuments;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.GoneException;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.core.application.PublishedArticleService;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository.PublishedCursor;
import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.web.rest.dto.PublicArticleJson;
import org.newsroom.cms.web.rest.dto.PublicArticleSummaryJson;
import org.newsroom.cms.web.rest.dto.PublicListJson;
import org.newsroom.cms.web.rest.dto.Times;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Anonymous delivery of published articles, as JSON, ninjs and NewsML-G2. Anything not live is simply not there
 * (404), except an article killed after publication: 410 Gone on every one of its addresses ({@link #live}).
 */
@Path("/public/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Published content for readers and machines; no sign-in")
public class PublicArticleResource {

    @Inject
    PublishedArticleService published;
    @Inject
    DeliveryService delivery;
    @Inject
    NinjsDocuments ninjsDocuments;
    @Inject
    NewsmlDocuments newsmlDocuments;

    /** What the public notice of a withdrawn article says: never the newsroom's reason for killing it. */
    static final String WITHDRAWN = "This article has been withdrawn.";

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPublishedArticle", summary = "A published article by slug", description = "The live revision with its corrections. "
            + "404 for anything not live (drafts, scheduled, embargoed, unpublished, killed drafts); 410 for an article "
            + "killed after publication. ETag/Last-Modified allow conditional GETs (304), as on every public route.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicArticleJson.class)))
    public Response bySlug(@PathParam("slug") String slug) {
        LiveArticle live = live(slug);
        // ETag, Cache-Control and the 304s come from the caching filter (web.cache), as on every public route
        return Response.ok(PublicArticleJson.of(live, delivery.published(live)))
                .lastModified(Date.from(live.article().getLastPublishedAt())).build();
    }

    @GET
    @Path("/{slug}.ninjs")
    @Produces({NinjsDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPublishedArticleNinjs", summary = "A published article as IPTC ninjs 2.2 (?version=3.1 for 3.1)", description = "Also "
            + "served at /{slug} for Accept: application/ninjs+json. 404 for anything not live, 410 once killed.")
    @APIResponse(responseCode = "200", description = "The IPTC ninjs document",
            content = @Content(mediaType = "application/ninjs+json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response ninjs(@PathParam("slug") String slug, @QueryParam("version") String version,
                          @Context UriInfo uriInfo) {
        LiveArticle live = live(slug);
        Map<String, Object> document = ninjsDocuments.live(live, uriInfo.getBaseUri());
        return Response.ok(NinjsDocuments.inVersion(document, version), NinjsDocuments.MEDIA_TYPE)
                .lastModified(Date.from(live.article().getLastPublishedAt())).build();
    }

    @GET
    @Path("/{slug}")
    @Produces(NinjsDocuments.MEDIA_TYPE + ";qs=0.5")
    @Operation(operationId = "negotiatePublishedArticleNinjs", summary = "A published article as ninjs, by content negotiation")
    @APIResponse(responseCode = "200", description = "The IPTC ninjs document",
            content = @Content(mediaType = "application/ninjs+json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response ninjsByAccept(@PathParam("slug") String slug, @QueryParam("version") String version,
                                  @Context UriInfo uriInfo) {
        return ninjs(slug, version, uriInfo);
    }

    @GET
    @Path("/{slug}.newsml")
    @Produces(NewsmlDocuments.MEDIA_TYPE)
    @Operation(operationId = "getPublishedArticleNewsml", summary = "A published article as an IPTC NewsML-G2 2.35 newsItem",
            description = "Also served at /{slug} for Accept: " + NewsmlDocuments.MEDIA_TYPE + ". Links each photo's "
            + "own picture item (/api/public/photos/{id}.newsml). 404 for anything not live, 410 once killed.")
    @APIResponse(responseCode = "200", description = "The NewsML-G2 news item",
            content = @Content(mediaType = NewsmlDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response newsml(@PathParam("slug") String slug, @Context UriInfo uriInfo) {
        LiveArticle live = live(slug);
        String item = newsmlDocuments.live(live, uriInfo.getBaseUri().resolve("/")); // the site root
        return Response.ok(item, NewsmlDocuments.MEDIA_TYPE + ";charset=UTF-8")
                .lastModified(Date.from(live.article().getLastPublishedAt())).build();
    }

    @GET
    @Path("/{slug}")
    @Produces(NewsmlDocuments.MEDIA_TYPE + ";qs=0.5")
    @Operation(operationId = "negotiatePublishedArticleNewsml", summary = "A published article as NewsML-G2, by content negotiation")
    @APIResponse(responseCode = "200", description = "The NewsML-G2 news item",
            content = @Content(mediaType = NewsmlDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response newsmlByAccept(@PathParam("slug") String slug, @Context UriInfo uriInfo) {
        return newsml(slug, uriInfo);
    }

    /**
     * The live article at {@code slug}, for every representation: 410 Gone when it was killed after publication
     * (the notice gives no reason), 404 for anything else that is not live.
     */
    LiveArticle live(String slug) {
        return published.bySlug(slug).orElseThrow(() -> published.isGone(slug) ? new GoneException(WITHDRAWN)
                : new ResourceNotFoundException("No published article at " + Problems.echo(slug) + "."));
    }

    @GET
    @Operation(operationId = "listPublishedArticles", summary = "Latest published articles", description = "Newest first. Pass the returned \"next\" "
            + "as ?after= for the following page.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicListJson.class)))
    public Response latest(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("20") int limit) {
        PublishedCursor position = Cursor.decode("after", after)
                .map(c -> {
                    if (!Times.storable(c.at())) { // well-formed, but no page of ours ends there
                        throw new MalformedInputException("after", "\"after\" is not a cursor this API gave out: pass "
                                + "the \"next\" value of the previous page unchanged, or leave it out for the first page.");
                    }
                    return new PublishedCursor(c.at(), c.id());
                }).orElse(null);
        List<LiveArticle> items = published.latest(position, limit);
        Article last = items.isEmpty() ? null : items.get(items.size() - 1).article();
        String next = items.size() < limit ? null : new Cursor(last.getLastPublishedAt(), last.getId()).encode();
        Response.ResponseBuilder page = Response.ok(new PublicListJson(items.stream().map(PublicArticleSummaryJson::of)
                .toList(), next));
        if (!items.isEmpty()) { // newest first: the list's newest item
            page.lastModified(Date.from(items.get(0).article().getLastPublishedAt()));
        }
        return page.build();
    }
}
