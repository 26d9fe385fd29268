package org.newsroom.cms.web.errorpages;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.cms.web.rest.problem.Problems;

/**
 * problem+json written by servlets and filters, for answers made outside JAX-RS (container error pages,
 * refused or throttled sign-ins, oversized bodies): the same body {@link Problems#body} gives the API.
 */
public final class Problem {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String[]> KINDS = Map.of(
            400, new String[] {"bad-request", "Bad request"},
            403, new String[] {"forbidden", "Not allowed"},
            404, new String[] {"not-found", "Not found"},
            405, new String[] {"method-not-allowed", "Method not allowed"},
            413, new String[] {"too-large", "Request too large"},
            500, new String[] {"server-error", "Server error"},
            503, new String[] {"unavailable", "Busy"});

    /** The detail of a 404 outside the API. */
    public static final String NOTHING_HERE = "Nothing at this address. The API lives under /api; /openapi describes it.";

    private Problem() {
    }

    /** A problem of a kind the container produces itself (400, 403, 404, 405, 413, 500, 503). */
    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        String[] kind = KINDS.getOrDefault(status, new String[] {"http-" + status, "Request failed"});
        write(response, status, kind[0], kind[1], detail, null);
    }

    /** Writes and completes the answer: set the headers it needs (Retry-After, WWW-Authenticate…) before. */
    public static void write(HttpServletResponse response, int status, String kind, String title, String detail,
                             Map<String, ?> extensions) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problems.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), Problems.body(status, kind, title, detail, extensions));
    }
}
