package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem responses ({@code urn:newsroom-cms:problem:<kind>}) thrown as WebApplicationExceptions. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response response(int status, String kind, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:newsroom-cms:problem:" + kind);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    static WebApplicationException of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, Map.of());
    }

    static WebApplicationException of(int status, String kind, String title, String detail,
                                      Map<String, Object> extra) {
        return new WebApplicationException(detail, response(status, kind, title, detail, extra));
    }

    static ForbiddenException forbidden(String detail) {
        return new ForbiddenException(detail, response(403, "forbidden", "Not allowed", detail, Map.of()));
    }

    static NotFoundException notFound(String detail) {
        return new NotFoundException(detail, response(404, "not-found", "Not found", detail, Map.of()));
    }
}
