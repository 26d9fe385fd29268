package org.newsroom.cms.plugins.tagging;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;

import org.newsroom.cms.plugin.api.Problem;

/** The tagging plugin's errors, built with the API's {@link Problem}. */
final class Problems {

    private Problems() {
    }

    static WebApplicationException of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, null);
    }

    static WebApplicationException of(int status, String kind, String title, String detail,
                                      List<Map<String, String>> errors) {
        return Problem.of(status, kind, title, detail, errors == null ? Map.of() : Map.of("errors", errors));
    }

    static WebApplicationException badName(String field, String problem) {
        return of(400, "invalid-tag", "Invalid tag name", "The tag name " + problem,
                List.of(Map.of("field", field, "message", problem)));
    }

    static WebApplicationException notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    static WebApplicationException forbidden(String detail) {
        return of(403, "forbidden", "Not allowed", detail);
    }

    static WebApplicationException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    static WebApplicationException unprocessable(String field, String detail) {
        return of(422, "validation", "The request has invalid fields", detail,
                List.of(Map.of("field", field, "message", detail)));
    }
}
