package org.newsroom.cms.web.errorpages;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's error page (web.xml maps every status and exception it produces here): a problem+json
 * body with a generic, helpful detail, or the newsroom's error page for a browser there ({@link ErrorPages});
 * the exception, if any, is logged with an incident id and never shown.
 */
@WebServlet("/problem/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    transient ErrorPages errorPages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail;
        String kind;
        String incident = null;
        switch (status) {
            case 400 -> {
                kind = "badRequest";
                detail = "The request could not be read: check the address, the headers and the body.";
            }
            case 403 -> {
                boolean csrf = request.getAttribute(ErrorPages.CSRF_REFUSED) != null;
                kind = csrf ? "csrf" : "forbidden";
                detail = csrf ? ErrorPages.CSRF_DETAIL : "Not allowed here.";
            }
            case 404 -> {
                kind = "notFound";
                detail = Problem.NOTHING_HERE;
            }
            case 405 -> {
                kind = "method";
                detail = "This address does not answer that method. /openapi lists what each path accepts.";
            }
            case 413 -> {
                kind = "tooLarge";
                detail = BodyLimit.detail();
            }
            case 503 -> {
                kind = "busy";
                detail = "The server is busy; try again in a few seconds.";
            }
            default -> {
                incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Error page for " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                        + ", incident " + incident, error);
                kind = "server";
                detail = "Something went wrong on our side and the request was not applied. Quote incident "
                        + incident + " to your administrator.";
            }
        }
        errorPages.write(request, response, status, kind, detail, incident);
    }
}
