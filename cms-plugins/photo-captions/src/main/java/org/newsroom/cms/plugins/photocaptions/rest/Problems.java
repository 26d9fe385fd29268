package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.Map;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.Problem;

/** The plugin's errors, built with the API's {@link Problem} and thrown as WebApplicationExceptions. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response response(int status, String kind, String title, String detail, Map<String, Object> extra) {
        return Problem.response(status, kind, title, detail, extra);
    }

    static WebApplicationException of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, Map.of());
    }

    static WebApplicationException of(int status, String kind, String title, String detail,
                                      Map<String, Object> extra) {
        return Problem.of(status, kind, title, detail, extra);
    }

    static ForbiddenException forbidden(String detail) {
        return new ForbiddenException(detail, response(403, "forbidden", "Not allowed", detail, Map.of()));
    }

    static NotFoundException notFound(String detail) {
        return new NotFoundException(detail, response(404, "not-found", "Not found", detail, Map.of()));
    }
}
