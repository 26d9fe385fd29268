package org.newsroom.cms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.Message;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.infrastructure.html.Embeds;
import org.newsroom.cms.web.rest.dto.EmbedJson;

/**
 * Reads a post or video address into the embed a body stores: the one parser ({@link Embeds#parse}) the
 * editor's paste asks, so the browser never keeps a second copy of the provider rules.
 */
@Path("/embeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class EmbedResource {

    @GET
    @RolesAllowed({"JOURNALIST", "EDITOR", "ADMIN"})
    @Operation(operationId = "readEmbed", summary = "The embed a post address names",
            description = "A YouTube (watch, youtu.be, shorts, embed), X/Twitter (/<user>/status/<id>), Instagram "
                    + "(/p/<code>/, /reel/<code>/) or TikTok (/@<user>/video/<id>) address → the provider, id, "
                    + "canonical address and the figure to put in the body. Nothing is fetched from the provider. "
                    + "422 naming url for any other address.")
    @APIResponse(responseCode = "200", description = "The embed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EmbedJson.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public EmbedJson read(@Parameter(description = "the post's address as pasted", required = true)
                          @QueryParam("url") String url) {
        return Embeds.parse(url).map(EmbedJson::of).orElseThrow(() -> ValidationException.of("url",
                Message.of("embed.notAPost", shown(url))));
    }

    /** The address as the message repeats it: never a whole pasted page. */
    private static String shown(String url) {
        String text = url == null ? "" : url.strip();
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
