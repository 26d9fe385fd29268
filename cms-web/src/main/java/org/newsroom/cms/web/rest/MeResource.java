package org.newsroom.cms.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.ProfileService;
import org.newsroom.cms.core.application.ProfileService.ProfileChange;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.web.rest.dto.ProfileRequest;
import org.newsroom.cms.web.rest.dto.UserJson;
import org.newsroom.cms.web.security.CurrentUser;
import org.newsroom.cms.web.security.SessionCookie;

/** Who am I, and my own profile: lets a client check its credentials, and each user keep their account. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    UserService users;
    @Inject
    ProfileService profiles;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in account")
    public UserJson me() {
        return UserJson.of(users.get(currentUser.actor().username()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMe", summary = "Change your own profile",
            description = "Any signed-in user: display name, UI language (\"en\" or \"id\"; the newsroom pages use it "
                    + "unless the browser's language cookie says otherwise) and password. Fields left out stay. A new "
                    + "password needs currentPassword (422 naming currentPassword when it is missing or wrong; 422 "
                    + "naming newPassword when it is too short or long) and ends your other sessions (the browser "
                    + "session that sent it stays signed in). Every problem is reported at once and nothing is saved "
                    + "then. Audited (USER_PROFILE_CHANGED, USER_PASSWORD_CHANGED; never a password).")
    @APIResponse(responseCode = "200", description = "The account as saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserJson.class)))
    public UserJson update(ProfileRequest request, @Context HttpServletRequest http) {
        ProfileChange change = request == null ? null : new ProfileChange(request.displayName(), request.language(),
                request.currentPassword(), request.newPassword());
        return UserJson.of(profiles.update(currentUser.actor(), change, SessionCookie.read(http)));
    }
}
