package org.newsroom.cms.web.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.PluginAdminService;
import org.newsroom.cms.core.application.PluginAdminService.PluginChange;
import org.newsroom.cms.core.application.PluginAdminService.PluginView;
import org.newsroom.cms.web.security.CurrentUser;

/** Plugin administration (ADMIN only): list, enable, disable, configure — effective at once on every node. */
@Path("/admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Plugins", description = "Install-time plugins: enable, disable, configure (ADMIN only)")
public class PluginAdminResource {

    @Inject
    PluginAdminService plugins;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listPlugins", summary = "List installed plugins", description = "id, name, version, description, enabled, "
            + "config metadata (key, type, default, help, constraints) and the current config.")
    public List<PluginView> list() {
        return plugins.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlugin", summary = "One plugin")
    public PluginView get(@PathParam("id") String id) {
        return plugins.get(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enablePlugin", summary = "Enable a plugin", description = "Its hooks run again and its data reappears. Audited.")
    public PluginView enable(@PathParam("id") String id) {
        return plugins.enable(currentUser.actor(), id, true);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disablePlugin", summary = "Disable a plugin", description = "Its hooks stop and its endpoints answer 409; its data "
            + "is kept. Audited.")
    public PluginView disable(@PathParam("id") String id) {
        return plugins.enable(currentUser.actor(), id, false);
    }

    @PUT
    @Path("/{id}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePluginConfig", summary = "Replace a plugin's configuration", description = "A JSON object of ALL settings: keys "
            + "left out or null go back to their defaults (use PATCH to change only some). 400 listing every unknown "
            + "key, wrong type, out-of-range or otherwise invalid value (e.g. a pattern that does not compile); "
            + "nothing is saved then. Audited (old → new).")
    public PluginView configure(@PathParam("id") String id, Map<String, Object> config) {
        return plugins.configure(currentUser.actor(), id, config, false);
    }

    @PATCH
    @Path("/{id}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "patchPluginConfig", summary = "Change some of a plugin's settings", description = "A JSON object of the settings to "
            + "change (merge): keys left out keep their current values, a null value resets that key to its "
            + "default. Same checks, 400 and audit as PUT.")
    public PluginView reconfigure(@PathParam("id") String id, Map<String, Object> config) {
        return plugins.configure(currentUser.actor(), id, config, true);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getPluginAudit", summary = "Who changed the plugin, when, old → new")
    public List<PluginChange> audit(@PathParam("id") String id) {
        return plugins.audit(id);
    }
}
