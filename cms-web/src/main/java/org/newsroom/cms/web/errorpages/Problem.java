package org.newsroom.cms.web.errorpages;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** A problem+json body written by hand: these answers are made outside JAX-RS and its JSON provider. */
final class Problem {

    private static final Map<Integer, String[]> KINDS = Map.of(
            400, new String[] {"bad-request", "Bad request"},
            404, new String[] {"not-found", "Not found"},
            403, new String[] {"forbidden", "Not allowed"},
            405, new String[] {"method-not-allowed", "Method not allowed"},
            413, new String[] {"too-large", "Request too large"},
            500, new String[] {"server-error", "Server error"},
            503, new String[] {"unavailable", "Busy"});

    private Problem() {
    }

    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        String[] kind = KINDS.getOrDefault(status, new String[] {"http-" + status, "Request failed"});
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:newsroom-cms:problem:" + kind[0] + "\",\"title\":\"" + kind[1]
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
    }
}
