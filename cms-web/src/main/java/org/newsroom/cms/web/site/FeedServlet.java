package org.newsroom.cms.web.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The site-wide feeds: {@code /feed.atom}, {@code /feed.rss} and {@code /corrections/feed.atom} ({@link Feeds}). */
@WebServlet(urlPatterns = {"/feed.atom", "/feed.rss", "/corrections/feed.atom"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Feeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = SiteViews.requestBase(request);
        SiteResponses.send(request, response, switch (request.getServletPath()) {
            case "/feed.rss" -> feeds.latest(base, true);
            case "/corrections/feed.atom" -> feeds.corrections(base);
            default -> feeds.latest(base, false);
        });
    }
}
