package org.newsroom.cms.plugins.tagging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem responses in the CMS's format; the host passes them through unchanged. */
final class Problems {

    private Problems() {
    }

    static WebApplicationException of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, null);
    }

    static WebApplicationException of(int status, String kind, String title, String detail,
                                      List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:newsroom-cms:problem:" + kind);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null) {
            body.put("errors", errors);
        }
        return new WebApplicationException(detail, Response.status(status)
                .type(MediaType.valueOf("application/problem+json")).entity(body).build());
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
