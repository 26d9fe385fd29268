package org.newsroom.cms.web.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Renders the site's jte templates ({@code src/main/jte/site}, precompiled at build time). Caching headers
 * and conditional requests are the public caching filter's; a preview says {@code no-store} itself.
 */
@ApplicationScoped
public class SitePages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            SitePages.class.getClassLoader(), "gg.jte.generated.precompiled");

    public void render(HttpServletResponse response, int status, String template, Chrome chrome, Object model)
            throws IOException {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render("site/" + template + ".jte", Map.of("chrome", chrome, "model", model), output);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", chrome.lang());
        if (chrome.noindex()) {
            response.setHeader("X-Robots-Tag", "noindex");
        }
        response.setContentLength(output.getContentLength());
        try (OutputStream out = response.getOutputStream()) {
            output.writeTo(out);
        }
    }
}
