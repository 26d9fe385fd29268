package org.newsroom.cms.plugin.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Errors from a plugin's REST endpoints in the CMS's RFC 9457 format: {@code type}
 * ({@code urn:newsroom-cms:problem:<kind>}), {@code title}, {@code status}, {@code detail} saying what to
 * do, then any extension members (e.g. {@code errors}). The host passes such responses through unchanged.
 */
public final class Problem {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private Problem() {
    }

    /** The response; throw it wrapped, e.g. {@code throw Problem.of(409, "conflict", "Conflict", "…")}. */
    public static Response response(int status, String kind, String title, String detail, Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:newsroom-cms:problem:" + kind);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (extensions != null) {
            body.putAll(extensions);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    public static WebApplicationException of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, Map.of());
    }

    public static WebApplicationException of(int status, String kind, String title, String detail,
                                              Map<String, ?> extensions) {
        return new WebApplicationException(detail, response(status, kind, title, detail, extensions));
    }
}
