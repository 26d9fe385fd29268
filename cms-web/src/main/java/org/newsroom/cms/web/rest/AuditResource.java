package org.newsroom.cms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.AuditService;
import org.newsroom.cms.core.application.AuditService.AuditFilter;
import org.newsroom.cms.core.application.AuditService.AuditPage;

/**
 * The one audit trail across articles, users and plugins, for admins: newest first, filtered, keyset paged.
 * Admins only: it shows account and plugin administration, which editors do not manage (they read an
 * article's own trail at {@code GET /api/articles/{id}/audit}).
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Audit", description = "The audit trail of articles, users and plugins (ADMIN only)")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first",
            description = "Every event: article events (CREATED, TRANSITION, CORRECTED, REPUBLISHED, RESCHEDULED, "
                    + "EMBARGO_CHANGED, RESTORED, LOCK_TAKEN_OVER, PREVIEW_LINK_CREATED, PREVIEW_LINK_REVOKED), "
                    + "user administration (USER_CREATED, "
                    + "USER_ROLES_CHANGED, USER_DEACTIVATED, USER_ACTIVATED, USER_PASSWORD_RESET, "
                    + "USER_LOGIN_UNLOCKED) and users' own changes (USER_PROFILE_CHANGED, USER_PASSWORD_CHANGED), "
                    + "plugin administration (PLUGIN_ENABLED, PLUGIN_DISABLED, PLUGIN_CONFIGURED) and the events "
                    + "plugins record (their own types, pluginId set). Items: id, at, actor (username or \"system\"), "
                    + "performedBy, type, subjectType (ARTICLE, USER, PLUGIN), subject (article id, username, plugin "
                    + "id or the plugin's subject), articleId and headline for article events, pluginId, details "
                    + "(what changed; secrets masked, never a password), from, to, comment. {\"items\": […], \"next\": "
                    + "cursor or null}: pass next as after for the following page. 400 naming the parameter for a "
                    + "malformed actor, type, time, cursor or limit.")
    public AuditPage list(
            @Parameter(description = "Only events by this username, or \"system\"") @QueryParam("actor") String actor,
            @Parameter(description = "Comma-separated subject types (ARTICLE, USER, PLUGIN) and/or event types "
                    + "(e.g. TRANSITION, USER_CREATED, PLUGIN_CONFIGURED); an event matching any is listed")
            @QueryParam("type") String type,
            @Parameter(description = "At or after: an ISO-8601 time with offset, or a date (that day's start in "
                    + "CMS_TIME_ZONE)") @QueryParam("from") String from,
            @Parameter(description = "Before: a time with offset, or a date (to the end of that day)")
            @QueryParam("to") String to,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "1–100, default 50") @QueryParam("limit") Integer limit) {
        return audit.search(new AuditFilter(actor, type, from, to, after, limit));
    }
}
