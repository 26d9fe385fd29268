package org.newsroom.cms.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.web.rest.dto.UserJson;
import org.newsroom.cms.web.security.CurrentUser;

/** Who am I: lets a client check its credentials and learn its roles. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    UserService users;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in account")
    public UserJson me() {
        return UserJson.of(users.get(currentUser.actor().username()));
    }
}
