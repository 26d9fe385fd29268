package org.newsroom.cms.web.rest.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (no such path, wrong method, wrong media type, missing role) as problem+json,
 * with a message that says what to do instead of the framework's text.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && Problems.PROBLEM_JSON_TYPE.isCompatible(original.getMediaType())) {
            return original; // already a problem of ours
        }
        int status = original.getStatus();
        String path = uriInfo == null ? "this path" : uriInfo.getRequestUri().getPath();
        Response problem;
        if (e instanceof NotFoundException) {
            problem = Problems.response(404, "not-found", "Not found",
                    "Nothing at " + path + ". The API is described at /openapi.");
        } else if (e instanceof NotAllowedException) {
            problem = Problems.response(405, "method-not-allowed", "Method not allowed",
                    path + " does not accept this method; allowed: " + String.join(", ", original.getAllowedMethods())
                            + ".");
        } else if (e instanceof NotSupportedException) {
            problem = Problems.response(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as JSON with the header Content-Type: application/json.");
        } else if (e instanceof NotAcceptableException) {
            problem = Problems.response(406, "not-acceptable", "Not acceptable",
                    "This endpoint answers with application/json; accept that media type.");
        } else if (e instanceof ForbiddenException) {
            problem = Problems.response(403, "forbidden", "Not allowed",
                    "Your account lacks the role this needs: user and plugin administration need ADMIN.");
        } else if (e instanceof NotAuthorizedException) {
            problem = Problems.response(401, "unauthorized", "Sign in required",
                    "Send HTTP Basic credentials of an active newsroom account.");
        } else {
            String detail = e.getMessage() == null ? "The request could not be processed." : e.getMessage();
            problem = Problems.response(status, status >= 500 ? "server-error" : "bad-request",
                    status >= 500 ? "Server error" : "Bad request", detail);
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
