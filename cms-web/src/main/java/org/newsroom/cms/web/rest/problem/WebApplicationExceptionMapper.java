package org.newsroom.cms.web.rest.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.newsroom.cms.web.errorpages.BodyLimit;
import org.newsroom.cms.plugin.api.FieldError;

/**
 * JAX-RS's own errors (no such path, wrong method, wrong media type, missing role, a query value that is
 * not of the parameter's type) as problem+json, with a message that says what to do instead of the
 * framework's text. A path value that is not of its type (e.g. a tag id "abc") names nothing: 404.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy names the parameter it failed to convert: {@code jakarta.ws.rs.QueryParam("limit")}. */
    private static final Pattern PARAMETER =
            Pattern.compile("\\b(Query|Header|Cookie|Form|Matrix|Path)Param\\(\"([^\"]*)\"\\)");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (BodyLimit.tooBig(e)) { // a chunked body ran over CMS_MAX_POST_BYTES while it was read
            return Problems.response(413, "too-large", "Request too large", BodyLimit.detail());
        }
        Response original = e.getResponse();
        if (original.hasEntity() && Problems.PROBLEM_JSON_TYPE.isCompatible(original.getMediaType())) {
            return original; // already a problem of ours
        }
        int status = original.getStatus();
        String path = uriInfo == null ? "this path"
                : Problems.cut(uriInfo.getRequestUri().getPath(), Problems.MAX_ECHO);
        ProblemDetail conversion = conversionFailure(e.getMessage(), e.getCause());
        Response problem;
        if (conversion != null) {
            problem = conversion.response();
        } else if (e instanceof NotFoundException) {
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
            String detail = e.getMessage() == null || e.getMessage().startsWith("RESTEASY")
                    ? "The request could not be processed." : e.getMessage();
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

    /**
     * RESTEasy failing to convert a query, header, cookie, form or matrix value to the method's type (e.g.
     * {@code ?limit=abc}, {@code ?page=1.5}) throws a 404 or 400 with the conversion error as cause and the
     * parameter named in its message: a 400 naming the parameter, for the core's endpoints and plugins' alike.
     *
     * @return null when the exception is not such a failure (or is one of a path value: that path names nothing)
     */
    static ProblemDetail conversionFailure(String message, Throwable cause) {
        Matcher m = cause == null ? null : PARAMETER.matcher(String.valueOf(message));
        if (m == null || !m.find() || m.group(1).equals("Path")) {
            return null;
        }
        String name = m.group(2);
        String expected = cause instanceof NumberFormatException ? "a whole number" : "a valid value";
        return new ProblemDetail(400, "invalid-parameter", "Invalid parameter",
                "The " + m.group(1).toLowerCase(Locale.ROOT) + " parameter " + Problems.echo(name) + " must be "
                        + expected + ".", Map.of("errors", List.of(new FieldError(name, "must be " + expected))));
    }
}
