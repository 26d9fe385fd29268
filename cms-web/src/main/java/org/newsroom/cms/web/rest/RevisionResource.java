package org.newsroom.cms.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.RevisionService;
import org.newsroom.cms.core.application.RevisionView;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.web.rest.dto.ArticleJson;
import org.newsroom.cms.web.rest.dto.DatelineJson;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * An article's history. A revision is named by its number, or {@code live} (what readers see),
 * {@code latest} (the working copy) or {@code submitted} (the working copy when last submitted for review).
 */
@Path("/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "Every save is a revision: list, read, diff any two, restore")
public class RevisionResource {

    @Inject
    RevisionService revisions;
    @Inject
    ArticleService articles;
    @Inject
    ArticleResponses responses;
    @Inject
    CurrentUser currentUser;

    /** One revision in a list. */
    public record RevisionSummaryJson(int number, Integer basedOn, Integer restoredFrom, String author,
                                      Instant createdAt, boolean live, boolean current, String headline) {
    }

    /** One revision with all its editorial fields. */
    public record RevisionJson(int number, Integer basedOn, Integer restoredFrom, String author, Instant createdAt,
                               boolean live, boolean current, String headline, String standfirst, String body,
                               DatelineJson dateline, String language, String section) {
    }

    @GET
    @Operation(operationId = "listRevisions", summary = "List revisions", description = "Oldest first; marks the live one and the current one.")
    public List<RevisionSummaryJson> list(@PathParam("id") UUID id) {
        articles.read(currentUser.actor(), id);
        return revisions.list(id).stream().map(v -> {
            Revision r = v.revision();
            return new RevisionSummaryJson(r.getNumber(), r.getBasedOn(), r.getRestoredFrom(), v.author(),
                    r.getCreatedAt(), v.live(), v.current(), r.content().headline());
        }).toList();
    }

    @GET
    @Path("/{n}")
    @Operation(operationId = "getRevision", summary = "Get a revision", description = "{n} is a number, \"live\", "
            + "\"latest\" or \"submitted\" (the working copy when last submitted for review).")
    public RevisionJson get(@PathParam("id") UUID id, @PathParam("n") String n) {
        articles.read(currentUser.actor(), id);
        RevisionView v = revisions.get(id, n);
        Revision r = v.revision();
        ArticleContent c = r.content();
        return new RevisionJson(r.getNumber(), r.getBasedOn(), r.getRestoredFrom(), v.author(), r.getCreatedAt(),
                v.live(), v.current(), c.headline(), c.standfirst(), c.body(),
                new DatelineJson(c.datelinePlace(), c.datelineSource()), c.language(), c.section());
    }

    @GET
    @Path("/{a}/diff/{b}")
    @Operation(operationId = "diffRevisions", summary = "Diff two revisions", description = "Fields with before/after and word changes; the "
            + "body paragraph by paragraph (EQUAL, INSERTED, DELETED, CHANGED with word changes). "
            + "E.g. …/revisions/live/diff/latest shows what republishing would change, …/submitted/diff/latest what "
            + "changed since the article was last submitted for review (404 if it never was).")
    public ArticleDiff diff(@PathParam("id") UUID id, @PathParam("a") String a, @PathParam("b") String b) {
        articles.read(currentUser.actor(), id);
        return revisions.diff(id, a, b);
    }

    @POST
    @Path("/{n}/restore")
    @Operation(operationId = "restoreRevision", summary = "Restore a revision", description = "Makes a new revision with the content of {n} "
            + "(history is never rewritten); audited. Same rules as saving: If-Match required, edit rights, lock.",
            extensions = @Extension(name = "x-owner-only", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "423", ref = "Locked")
    public Response restore(@PathParam("id") UUID id, @PathParam("n") int n,
                            @Parameter(required = true, description = "The ETag of the version you edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return responses.ok(articles.restore(currentUser.actor(), id, n, ETags.requiredVersion(ifMatch))).build();
    }
}
