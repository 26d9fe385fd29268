package org.newsroom.cms.web.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.newsroom.cms.core.application.UserInput;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.web.rest.dto.PasswordRequest;
import org.newsroom.cms.web.rest.dto.RolesRequest;
import org.newsroom.cms.web.rest.dto.UserJson;
import org.newsroom.cms.web.rest.dto.UserRequest;
import org.newsroom.cms.web.rest.problem.Problems;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * Account administration (ADMIN only): create, list, change roles, reset passwords, (de)activate, unlock
 * sign-in. Every change is in the audit trail ({@code GET /api/admin/audit?type=USER}).
 */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Users", description = "Newsroom accounts and roles (ADMIN only)")
public class UserAdminResource {

    @Inject
    UserService users;
    @Inject
    CurrentUser currentUser;

    @POST
    @Operation(operationId = "createUser", summary = "Create a user", description = "{\"username\", \"password\" (10+ characters), "
            + "\"displayName\", \"roles\": [\"JOURNALIST\"|\"EDITOR\"|\"ADMIN\"]}. 409 if the username is taken.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserJson.class)))
    public Response create(UserRequest request, @Context UriInfo uriInfo) {
        if (request == null) {
            throw ValidationException.of("body", "Send {\"username\", \"password\", \"roles\"}.");
        }
        User user = users.create(currentUser.actor(), new UserInput(request.username(), request.password(), request.displayName(),
                roles(request.roles())));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.getUsername()).build()).entity(UserJson.of(user)).build();
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users")
    public List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(operationId = "getUser", summary = "Get a user")
    public UserJson get(@PathParam("username") String username) {
        return UserJson.of(users.get(username));
    }

    @PUT
    @Path("/{username}/roles")
    @Operation(operationId = "setUserRoles", summary = "Replace a user's roles", description = "You cannot remove your own ADMIN role.")
    public UserJson changeRoles(@PathParam("username") String username, RolesRequest request) {
        return UserJson.of(users.changeRoles(currentUser.actor(), username, roles(request == null ? null : request.roles())));
    }

    @PUT
    @Path("/{username}/password")
    @Operation(operationId = "setUserPassword", summary = "Set a user's password")
    public UserJson changePassword(@PathParam("username") String username, PasswordRequest request) {
        return UserJson.of(users.changePassword(currentUser.actor(), username, request == null ? null : request.password()));
    }

    @POST
    @Path("/{username}/deactivate")
    @Operation(operationId = "deactivateUser", summary = "Deactivate a user", description = "They can no longer sign in; their articles stay.")
    public UserJson deactivate(@PathParam("username") String username) {
        return UserJson.of(users.deactivate(currentUser.actor(), username));
    }

    @POST
    @Path("/{username}/activate")
    @Operation(operationId = "activateUser", summary = "Reactivate a user")
    public UserJson activate(@PathParam("username") String username) {
        return UserJson.of(users.activate(currentUser.actor(), username));
    }

    @DELETE
    @Path("/{username}/login-lock")
    @Operation(operationId = "unlockLogin", summary = "Lift a user's sign-in lock",
            description = "After too many failed sign-ins an account is locked for a while (429 with Retry-After); "
                    + "this lifts the lock at once and forgets the account's failures. Locks on a client address "
                    + "are not lifted. Audited. 204 whether or not the account was locked; 404 for an unknown user.")
    @APIResponse(responseCode = "204", description = "Unlocked; no content")
    public Response unlockLogin(@PathParam("username") String username) {
        users.unlockLogin(currentUser.actor(), username);
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("roles", Problems.echo(name) + " is not a role; use JOURNALIST, EDITOR or ADMIN.");
            }
        }
        return roles;
    }
}
