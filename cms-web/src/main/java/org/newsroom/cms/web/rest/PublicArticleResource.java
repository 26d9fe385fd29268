package org.newsroom.cms.web.rest;

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

/** Anonymous delivery of published articles. Anything not published is simply not there (404). */
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

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPublishedArticle", summary = "A published article by slug", description = "The live revision with its corrections. "
            + "404 for anything not live (drafts, scheduled, embargoed, unpublished, killed). ETag/Last-Modified "
            + "allow conditional GETs (304), as on every public route.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicArticleJson.class)))
    public Response bySlug(@PathParam("slug") String slug) {
        LiveArticle live = published.bySlug(slug).orElseThrow(
                () -> new ResourceNotFoundException("No published article at " + Problems.echo(slug) + "."));
        // ETag, Cache-Control and the 304s come from the caching filter (web.cache), as on every public route
        return Response.ok(PublicArticleJson.of(live, delivery.published(live)))
                .lastModified(Date.from(live.article().getLastPublishedAt())).build();
    }

    @GET
    @Path("/{slug}.ninjs")
    @Produces({NinjsDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPublishedArticleNinjs", summary = "A published article as IPTC ninjs 2.2 (?version=3.1 for 3.1)", description = "Also "
            + "served at /{slug} for Accept: application/ninjs+json. 404 for anything not live.")
    @APIResponse(responseCode = "200", description = "The IPTC ninjs document",
            content = @Content(mediaType = "application/ninjs+json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response ninjs(@PathParam("slug") String slug, @QueryParam("version") String version,
                          @Context UriInfo uriInfo) {
        LiveArticle live = published.bySlug(slug).orElseThrow(
                () -> new ResourceNotFoundException("No published article at " + Problems.echo(slug) + "."));
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
