package org.newsroom.cms.web.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.site.SiteResponses.Document;

/**
 * {@code /sitemap.xml}, {@code /sitemaps/articles-YYYY-MM[-N].xml}, {@code /sitemap-news.xml} and
 * {@code /robots.txt} ({@link Sitemaps}); a sitemap file that does not exist is a 404.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemap-news.xml", "/sitemaps/*", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sitemaps sitemaps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = SiteViews.requestBase(request);
        Optional<Document> document = switch (request.getServletPath()) {
            case "/sitemap.xml" -> Optional.of(sitemaps.index(base));
            case "/sitemap-news.xml" -> Optional.of(sitemaps.news(base));
            case "/robots.txt" -> Optional.of(sitemaps.robots(base));
            default -> sitemaps.file(request.getPathInfo(), base);
        };
        if (document.isEmpty()) {
            response.sendError(404);
            return;
        }
        SiteResponses.send(request, response, document.get());
    }
}
