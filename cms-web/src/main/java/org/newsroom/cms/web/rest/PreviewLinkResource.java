package org.newsroom.cms.web.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.PreviewLinkService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.web.rest.dto.PreviewLinkJson;
import org.newsroom.cms.web.rest.dto.PreviewLinkRequest;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * Share links to an article's working copy ({@code /preview/{token}} on the site, no sign-in): made by anyone
 * who may see the article, revoked by their creator, editors and admins. The token is in the address returned
 * when the link is made, and nowhere else.
 */
@Path("/articles/{id}/preview-links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews", description = "Expiring, revocable links that share an unpublished working copy")
public class PreviewLinkResource {

    @Inject
    PreviewLinkService previews;
    @Inject
    SiteSettings site;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPreviewLink", summary = "Make a preview link", description = "{\"hours\": 48} "
            + "(1–720; the body or \"hours\" may be left out for 48). 201 with {id, url, expiresAt, createdBy}: \"url\" "
            + "(absolute, on CMS_PUBLIC_BASE_URL) is the only time the link's address is shown; the server keeps only "
            + "a hash of its token. Whoever may see the article in the newsroom; 404 when you may not; 409 for a "
            + "killed article; 422 for hours out of range. Audited (PREVIEW_LINK_CREATED).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreviewLinkJson.Created.class)))
    public Response create(@PathParam("id") UUID id, PreviewLinkRequest request, @Context UriInfo uriInfo) {
        PreviewLinkService.CreatedLink created = previews.create(currentUser.actor(), id,
                request == null ? null : request.hours());
        String url = site.absolute(uriInfo.getBaseUri().resolve("/"), "/preview/" + created.token());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.link().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(new PreviewLinkJson.Created(created.link().id(), url, created.link().expiresAt(),
                        created.link().createdBy()))
                .build();
    }

    @GET
    @Operation(operationId = "listPreviewLinks", summary = "The article's preview links", description = "Newest "
            + "first, active and not (expired, revoked); never a token or address. Whoever may see the article.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreviewLinkJson.Page.class)))
    public PreviewLinkJson.Page list(@PathParam("id") UUID id) {
        return new PreviewLinkJson.Page(previews.links(currentUser.actor(), id).stream().map(PreviewLinkJson::of).toList());
    }

    @DELETE
    @Path("/{linkId}")
    @Operation(operationId = "revokePreviewLink", summary = "Revoke a preview link", description = "204: from the "
            + "next request on, on every node, the link's address answers the \"link no longer works\" page. Its "
            + "creator, editors and admins (403 for others); 404 for a link not of this article. Idempotent; "
            + "audited once (PREVIEW_LINK_REVOKED).")
    @APIResponse(responseCode = "204", description = "Revoked; no content")
    public Response revoke(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        previews.revoke(currentUser.actor(), id, linkId);
        return Response.noContent().build();
    }
}
