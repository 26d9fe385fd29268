package org.newsroom.cms.web.errorpages;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.cache.PublicPaths;
import org.newsroom.cms.web.newsroom.ErrorView;
import org.newsroom.cms.web.newsroom.Pages;
import org.newsroom.cms.web.newsroom.Texts;
import org.newsroom.cms.web.site.SiteController;

/**
 * Error answers in the form the caller reads: the newsroom's own error page (in the UI's language) for a
 * browser on a newsroom address, the site's 404 page for a browser on a public one, problem+json for
 * everything else. Never a stack trace, never the container's
 * page.
 */
@ApplicationScoped
public class ErrorPages {

    /** Set by the authentication mechanism on a 403 for a missing or wrong CSRF token. */
    public static final String CSRF_REFUSED = "org.newsroom.cms.auth.csrf-refused";
    static final String CSRF_DETAIL = "This form is out of date or did not come from the newsroom: reload the page and "
            + "try again. (The request carried no valid CSRF token, so nothing was changed.)";

    @Inject
    Pages pages;
    @Inject
    SiteController site;

    /**
     * @param kind the problem type's last segment and, in the newsroom, the text key {@code error.<kind>}
     * @param detail the problem+json detail (English)
     * @param args the values the newsroom's localised detail {@code error.<kind>.detail} fills in
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String kind, String detail,
                      Object... args) throws IOException {
        if (status == 404 && forSitePage(request)) {
            response.resetBuffer();
            site.notFound(request, response);
            return;
        }
        if (!forNewsroomPage(request)) {
            Problem.write(response, status, detail);
            return;
        }
        response.resetBuffer();
        Texts t = pages.texts(request);
        pages.render(response, status, "error", pages.anonymous(request),
                new ErrorView(status, "error." + kind, t.t("error." + kind + ".detail", args)));
    }

    /** A public site address (not the API's, not the newsroom's) asked for by a browser: the site's own 404 page. */
    static boolean forSitePage(HttpServletRequest request) {
        String path = originalPath(request);
        String accept = request.getHeader("Accept");
        return PublicPaths.isSite(path) && accept != null && accept.contains("text/html");
    }

    private static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        return original == null ? request.getRequestURI() : original.toString();
    }

    /** A newsroom address asked for by a browser (an htmx call included: its target shows the page). */
    static boolean forNewsroomPage(HttpServletRequest request) {
        String path = originalPath(request);
        String accept = request.getHeader("Accept");
        return (path.equals("/newsroom") || path.startsWith("/newsroom/"))
                && (accept == null || accept.contains("text/html") || request.getHeader("HX-Request") != null);
    }
}
