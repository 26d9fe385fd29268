package org.newsroom.cms.web.openapi;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /openapi}: YAML, or JSON for {@code Accept: application/json} (or {@code ?format=json}). Served by
 * the WAR itself, same-origin, without the permissive CORS headers of the server's own OpenAPI handler.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenApiDocument document;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = "json".equals(request.getParameter("format"))
                || (accept != null && accept.contains("application/json"));
        byte[] body = json ? document.json() : document.yaml();
        response.setContentType(json ? "application/json" : "application/yaml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
