package org.newsroom.cms.web.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public site's own addresses: {@code /} (the front page: the lead story with its picture, then the
 * latest), {@code /articles/{slug}}, {@code /articles/{slug}/corrections/{id}} (what a correction changed, when
 * the newsroom publishes that), {@code /sections/{slug}}, {@code /corrections}, {@code /search?q=}; plugins'
 * collections at {@code /<segment>/<slug>}
 * (tags, authors) come through {@link CollectionRouter}. {@link SiteController} makes each page.
 */
@WebServlet(urlPatterns = {"", "/articles/*", "/sections/*", "/corrections", "/search"})
public class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteController site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String[] segments = path.length() > 1 ? path.substring(1).split("/", -1) : new String[0];
        if (segments.length == 0) {
            site.home(request, response);
        } else if (segments.length == 2 && segments[0].equals("articles") && !segments[1].isEmpty()) {
            site.article(request, response, segments[1]);
        } else if (path.equals("/search")) {
            site.search(request, response);
        } else if (path.equals("/corrections")) {
            site.corrections(request, response);
        } else if (segments.length == 4 && segments[0].equals("articles") && !segments[1].isEmpty()
                && segments[2].equals("corrections")) {
            site.correction(request, response, segments[1], segments[3]);
        } else if (segments.length == 2 && segments[0].equals("sections") && !segments[1].isEmpty()) {
            site.section(request, response, segments[1]);
        } else {
            site.notFound(request, response);
        }
    }
}
