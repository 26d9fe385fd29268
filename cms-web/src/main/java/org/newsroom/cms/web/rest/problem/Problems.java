package org.newsroom.cms.web.rest.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Builds RFC 9457 {@code application/problem+json} responses. The {@code type} is a stable URN per kind
 * of problem, {@code detail} says what to do, and extension members (e.g. {@code errors},
 * {@code allowed}) carry the specifics a client can act on.
 */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);
    private static final String TYPE_PREFIX = "urn:newsroom-cms:problem:";

    private Problems() {
    }

    /** A problem body: type, title, status, detail, then any extensions in the order given. */
    public static Map<String, Object> body(int status, String type, String title, String detail,
                                           Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (extensions != null) {
            body.putAll(extensions);
        }
        return body;
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, null);
    }

    public static Response response(int status, String type, String title, String detail,
                                    Map<String, ?> extensions) {
        return Response.status(status).type(PROBLEM_JSON_TYPE)
                .entity(body(status, type, title, detail, extensions)).build();
    }
}
