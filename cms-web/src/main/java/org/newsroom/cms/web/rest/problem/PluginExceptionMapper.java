package org.newsroom.cms.web.rest.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.newsroom.cms.plugin.api.PluginException;

/**
 * A plugin's (or the API helpers') {@link PluginException} as problem+json, in the core's shape; an extension
 * member {@code retryAfter} (seconds) also becomes the {@code Retry-After} header.
 */
@Provider
public class PluginExceptionMapper implements ExceptionMapper<PluginException> {

    @Override
    public Response toResponse(PluginException e) {
        return toProblem(e);
    }

    static Response toProblem(PluginException e) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (!e.errors().isEmpty()) {
            extensions.put("errors", e.errors());
        }
        extensions.putAll(e.extensions());
        Response problem = Problems.response(e.status(), e.kind(), e.title(), e.detail(), extensions);
        // a busy or throttled plugin says when to come back
        if (e.extensions().get("retryAfter") instanceof Number seconds) {
            return Response.fromResponse(problem).header("Retry-After", seconds.longValue()).build();
        }
        return problem;
    }
}
