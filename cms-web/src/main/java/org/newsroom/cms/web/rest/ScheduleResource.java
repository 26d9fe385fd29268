package org.newsroom.cms.web.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.SchedulingService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.web.rest.dto.ArticleJson;
import org.newsroom.cms.web.rest.dto.Times;
import org.newsroom.cms.web.security.CurrentUser;

/** Scheduled publishing of an approved article. */
@Path("/articles/{id}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduling", description = "Publish at a time; embargo is enforced on every path")
public class ScheduleResource {

    /** Body of {@code POST …/schedule}. */
    public record ScheduleRequest(String publishAt) {
    }

    @Inject
    SchedulingService scheduling;
    @Inject
    ArticleResponses responses;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleArticle", summary = "Schedule (or move) publication", description = "{\"publishAt\": "
            + "\"2026-12-01T06:00:00+07:00\"}: an offset is required (400 without). APPROVED → SCHEDULED, or a "
            + "new time for a SCHEDULED article. Editors only. 409 if before the embargo; 422 if in the past.",
            extensions = @Extension(name = "x-roles", value = "[\"EDITOR\", \"ADMIN\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response schedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ScheduleRequest request) {
        if (request == null || request.publishAt() == null || request.publishAt().isBlank()) {
            throw ValidationException.of("publishAt", "is required, e.g. \"2026-12-01T06:00:00+07:00\".");
        }
        return responses.ok(scheduling.schedule(currentUser.actor(), id, Times.parse("publishAt", request.publishAt()),
                ETags.optionalVersion(ifMatch))).build();
    }

    @DELETE
    @Operation(operationId = "unscheduleArticle", summary = "Cancel the schedule", description = "SCHEDULED → APPROVED. Editors only.",
            extensions = @Extension(name = "x-roles", value = "[\"EDITOR\", \"ADMIN\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response unschedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return responses.ok(scheduling.unschedule(currentUser.actor(), id, ETags.optionalVersion(ifMatch))).build();
    }
}
