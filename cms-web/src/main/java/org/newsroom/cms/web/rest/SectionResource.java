package org.newsroom.cms.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.web.rest.dto.SectionJson;
import org.newsroom.cms.web.rest.dto.SectionRequest;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * The newsroom's sections. Under {@code /api/admin} as managed lists are, but not admin-only: every signed-in
 * user reads them (writers pick an article's section from them), and editors as well as admins create and
 * rename them, since sections are the desk's business rather than the system's.
 */
@Path("/admin/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Managed sections: slug (what articles hold) and name")
public class SectionResource {

    private static final String ANY_ROLE = "[\"JOURNALIST\", \"EDITOR\", \"ADMIN\"]";
    private static final String DESK = "[\"EDITOR\", \"ADMIN\"]";

    @Inject
    SectionService sections;
    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({"JOURNALIST", "EDITOR", "ADMIN"})
    @Operation(operationId = "listSections", summary = "List sections", description = "By name. Any signed-in user: "
            + "an article's \"section\" must be one of these slugs.",
            extensions = @Extension(name = "x-roles", value = ANY_ROLE, parseValue = true))
    public List<SectionJson> list() {
        return sections.list().stream().map(SectionJson::of).toList();
    }

    @POST
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(operationId = "createSection", summary = "Create a section", description = "{\"name\": \"Dunia\", "
            + "\"slug\": \"dunia\"}; the slug is optional (made from the name) and never changes afterwards. Editors "
            + "and admins. 201 with Location; 409 when the slug or the name (ignoring case) is taken.",
            extensions = @Extension(name = "x-roles", value = DESK, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SectionJson.class)))
    public Response create(SectionRequest request, @Context UriInfo uriInfo) {
        if (request == null) {
            throw ValidationException.of("name", "Send {\"name\": \"…\"} (and optionally \"slug\").");
        }
        Section section = sections.create(currentUser.actor(), request.name(), request.slug());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(section.getSlug()).build())
                .entity(SectionJson.of(section)).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(operationId = "updateSection", summary = "Rename a section", description = "{\"name\": \"…\"}. The slug, "
            + "and so every article in the section, stays as it is; sending a different \"slug\" is a 422. Editors "
            + "and admins; 409 when another section has the name.",
            extensions = @Extension(name = "x-roles", value = DESK, parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SectionJson.class)))
    public SectionJson update(@PathParam("slug") String slug, SectionRequest request) {
        if (request == null) {
            throw ValidationException.of("name", "Send {\"name\": \"…\"}.");
        }
        if (request.slug() != null && !request.slug().strip().equals(slug)) {
            throw ValidationException.of("slug", "A section's slug never changes (articles hold it); leave \"slug\" "
                    + "out, or create a new section.");
        }
        return SectionJson.of(sections.update(currentUser.actor(), slug, request.name()));
    }
}
