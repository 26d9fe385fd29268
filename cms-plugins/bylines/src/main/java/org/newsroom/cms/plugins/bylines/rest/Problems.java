package org.newsroom.cms.plugins.bylines.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.Problem;

/**
 * The plugin's errors as RFC 9457 problem+json responses, in the CMS's format (the host passes
 * responses that already are problem+json through unchanged).
 */
public final class Problems {

    static final MediaType PROBLEM_JSON = Problem.PROBLEM_JSON;

    private Problems() {
    }

    /** 422 listing every invalid field. */
    public static WebApplicationException validation(List<FieldError> errors) {
        return new WebApplicationException(response(422, "validation", "The request has invalid fields",
                "Fix the fields listed in \"errors\" and send the request again.", Map.of("errors", errors)));
    }

    /** 403 saying why. */
    public static ForbiddenException forbidden(String detail) {
        return new ForbiddenException(response(403, "forbidden", "Not allowed", detail, Map.of()));
    }

    /** 404 saying what is missing. */
    public static NotFoundException notFound(String detail) {
        return new NotFoundException(response(404, "not-found", "Not found", detail, Map.of()));
    }

    /** 409 saying what conflicts. */
    public static WebApplicationException conflict(String detail) {
        return new WebApplicationException(response(409, "conflict", "Conflict", detail, Map.of()));
    }

    static Response response(int status, String type, String title, String detail, Map<String, ?> extensions) {
        return Problem.response(status, type, title, detail, extensions);
    }
}
