package org.newsroom.cms.web.site;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.delivery.PublicCollections;

/**
 * Serves the collections of enabled plugins at {@code /<segment>/<slug>} (a plugin's segment, e.g. tag or
 * author pages) through {@link SiteServlet}: which segments exist changes when an admin enables or disables a
 * plugin, so no servlet mapping can name them. The site's and the application's own first segments are never
 * a plugin's.
 */
@WebFilter(urlPatterns = "/*")
public class CollectionRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> RESERVED = Set.of("", "api", "newsroom", "webjars", "site", "articles", "sections",
            "search", "corrections", "preview", "sitemaps", "problem", "openapi", "assets");

    @Inject
    transient PluginRegistry registry;
    @Inject
    transient SiteController site;
    @Inject
    transient Feeds feeds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.length() > 1 ? path.substring(1).split("/", -1) : new String[0];
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean page = segments.length == 2;
        boolean feed = segments.length == 3 && segments[2].equals("feed.atom");
        if (read && (page || feed) && !segments[1].isEmpty() && !RESERVED.contains(segments[0]) && claimed(segments[0])) {
            if (page) {
                site.collection(request, response, segments[0], segments[1]);
            } else if (!feeds.serveCollection(request, response, segments[0], segments[1])) {
                site.notFound(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean claimed(String segment) {
        return registry.active(PublicCollections.class).stream().anyMatch(c -> segment.equals(c.extension().segment()));
    }
}
