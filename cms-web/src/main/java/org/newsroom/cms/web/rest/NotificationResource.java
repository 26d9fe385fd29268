package org.newsroom.cms.web.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.web.rest.dto.NotificationsJson;
import org.newsroom.cms.web.security.CurrentUser;

/** The signed-in user's notifications: submitted for review (editors), changes requested and published (authors). */
@Path("/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class NotificationResource {

    @Inject
    NotificationService notifications;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listNotifications", summary = "Your notifications", description = "{\"unread\": n, "
            + "\"items\": […]}: the unread count of all of them, and the newest (limit, 1 to 100, default 20) first. "
            + "kind is SUBMITTED (to editors and admins), CHANGES_REQUESTED (with the editor's comment) or "
            + "PUBLISHED (to the author).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NotificationsJson.class)))
    public NotificationsJson list(@Parameter(description = "How many, newest first (1 to 100)")
                                  @QueryParam("limit") @DefaultValue("20") int limit) {
        Actor me = currentUser.actor();
        return new NotificationsJson(notifications.unreadCount(me), notifications.list(me, limit));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your notifications read",
            description = "204; 404 for a notification that is not yours.")
    @APIResponse(responseCode = "204", description = "Marked read; no content")
    public Response markRead(@PathParam("id") UUID id) {
        notifications.markRead(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all your notifications read")
    @APIResponse(responseCode = "204", description = "Marked read; no content")
    public Response markAllRead() {
        notifications.markAllRead(currentUser.actor());
        return Response.noContent().build();
    }
}
