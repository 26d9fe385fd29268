package org.newsroom.cms.web.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.EditLockService;
import org.newsroom.cms.web.rest.dto.LockJson;
import org.newsroom.cms.web.security.CurrentUser;

/** The edit lock of an article: who is editing it, taken, refreshed and released by the editing client. */
@Path("/articles/{id}/lock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Edit lock", description = "Advisory edit locks on top of If-Match")
public class EditLockResource {

    @Inject
    EditLockService locks;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getEditLock", summary = "Who holds the lock", description = "204 when nobody does (or the lock expired).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LockJson.class)))
    public Response current(@PathParam("id") UUID id) {
        return locks.current(id).map(l -> Response.ok(LockJson.of(l))).orElse(Response.noContent()).build();
    }

    @POST
    @Operation(operationId = "takeEditLock", summary = "Take the lock", description = "Refreshes it if you hold it already. 423 naming the holder "
            + "if someone else does; editors may add ?takeover=true to take it over (audited; the previous "
            + "holder's next save gets 409).",
            extensions = @Extension(name = "x-owner-only", value = "true", parseValue = true))
    public LockJson take(@PathParam("id") UUID id, @QueryParam("takeover") boolean takeover) {
        return LockJson.of(locks.take(currentUser.actor(), id, takeover));
    }

    @POST
    @Path("/heartbeat")
    @Operation(operationId = "heartbeatEditLock", summary = "Keep your lock alive", description = "Call well within the idle time "
            + "(CMS_LOCK_IDLE_SECONDS, default 300). 409 if you do not hold it (e.g. it was taken over).")
    public LockJson heartbeat(@PathParam("id") UUID id) {
        return LockJson.of(locks.heartbeat(currentUser.actor(), id));
    }

    @DELETE
    @Operation(operationId = "releaseEditLock", summary = "Release your lock", description = "204; idempotent.")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response release(@PathParam("id") UUID id) {
        locks.release(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
