package org.newsroom.cms.web.rest.problem;

import java.util.Map;

import jakarta.ws.rs.core.Response;

/** A problem before it is a response: what the mappers decide, checked by unit tests without a JAX-RS runtime. */
public record ProblemDetail(int status, String type, String title, String detail, Map<String, ?> extensions) {

    public ProblemDetail(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    /** The problem+json body ({@link Problems#body}). */
    public Map<String, Object> body() {
        return Problems.body(status, type, title, detail, extensions);
    }

    public Response response() {
        return Problems.response(status, type, title, detail, extensions);
    }
}
