package org.newsroom.cms.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Swagger UI at {@code /api/docs/}, showing {@code /openapi}: the page and its start script are ours, the
 * UI's files come from the {@code org.webjars:swagger-ui} jar (its version read from the jar itself).
 */
@WebServlet(urlPatterns = "/api/docs/*")
public class SwaggerUiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript",
            "png", "image/png", "html", "text/html", "map", "application/json");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Newsroom CMS API</title>
              <link rel="stylesheet" href="swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="swagger-ui-bundle.js"></script>
              <script src="swagger-ui-standalone-preset.js"></script>
              <script src="start.js"></script>
            </body>
            </html>
            """;
    private static final String START = """
            window.ui = SwaggerUIBundle({
              url: "/openapi?format=json",
              dom_id: "#swagger-ui",
              presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
              layout: "StandaloneLayout"
            });
            """;

    private String webjar;

    @Override
    public void init() throws ServletException {
        Properties pom = new Properties();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new ServletException("The swagger-ui WebJar is missing from the WAR");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new ServletException(e);
        }
        webjar = "META-INF/resources/webjars/swagger-ui/" + pom.getProperty("version") + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo();
        if (file == null) {
            response.sendRedirect(request.getContextPath() + "/api/docs/");
            return;
        }
        file = file.substring(1);
        if (file.isEmpty() || file.equals("index.html")) {
            send(response, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        } else if (file.equals("start.js")) {
            send(response, "text/javascript", START.getBytes(StandardCharsets.UTF_8));
        } else if (file.matches("[A-Za-z0-9._-]+") && !file.startsWith(".")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(webjar + file)) {
                if (in == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                String ext = file.substring(file.lastIndexOf('.') + 1);
                response.setHeader("Cache-Control", "public, max-age=86400");
                send(response, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        if (type.startsWith("text/")) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
