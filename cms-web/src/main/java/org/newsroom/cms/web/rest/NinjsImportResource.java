package org.newsroom.cms.web.rest;

import org.newsroom.cms.core.interchange.ninjs.NinjsDocuments;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.interchange.ninjs.NinjsImportService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.web.rest.dto.ArticleJson;
import org.newsroom.cms.web.security.CurrentUser;

/** {@code POST /api/import/ninjs}: an IPTC ninjs document in, a DRAFT article out. */
@Path("/import/ninjs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wire import")
public class NinjsImportResource {

    /**
     * Longest ninjs {@code by} taken: it becomes the names of bylines, and a contributor's name is at most 200
     * characters, so a longer one cannot be stored (it would fail deep in a plugin instead of here, by name).
     */
    static final int MAX_BY = 200;

    @Inject
    NinjsImportService imports;
    @Inject
    ArticleResponses responses;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NinjsDocuments.MEDIA_TYPE})
    @Operation(operationId = "importNinjs", summary = "Import a ninjs document as a draft", description = "Headline, summary, body, language, "
            + "located/infosource (dateline), genre (section), slugline; plugins take by, subjects and picture "
            + "associations (as photo slots). 201 with the new article; 422 without a uri or headline, or with a "
            + "by over 200 characters.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response importDocument(Map<String, Object> ninjs, @Context UriInfo uriInfo) {
        if (ninjs != null && ninjs.get("by") instanceof String by && by.strip().length() > MAX_BY) {
            throw ValidationException.of("by", "is " + by.strip().length() + " characters long; the limit is " + MAX_BY
                    + " (the byline, e.g. \"By Budi Santoso and Siti Rahma\").");
        }
        Article article = imports.importDocument(currentUser.actor(), ninjs);
        return Response.created(uriInfo.getBaseUriBuilder().path("articles").path(article.getId().toString()).build())
                .tag(ETags.of(article.getVersion())).entity(responses.json(article)).build();
    }
}
