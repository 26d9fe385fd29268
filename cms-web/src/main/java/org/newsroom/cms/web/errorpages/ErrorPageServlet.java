package org.newsroom.cms.web.errorpages;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's error page (web.xml maps every status and exception it produces here): a problem+json
 * body with a generic, helpful detail; the exception, if any, is logged with an incident id and never shown.
 */
@WebServlet("/problem/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail;
        if (error != null && BodyLimit.tooBig(error)) {
            status = 413;
        }
        switch (status) {
            case 400 -> detail = "The request could not be read: check the address, the headers and the body.";
            case 403 -> detail = "Not allowed here.";
            case 404 -> detail = Problem.NOTHING_HERE;
            case 405 -> detail = "This address does not answer that method. /openapi lists what each path accepts.";
            case 413 -> detail = BodyLimit.detail();
            case 503 -> detail = "The server is busy; try again in a few seconds.";
            default -> {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Error page for " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                        + ", incident " + incident, error);
                detail = "Something went wrong on our side and the request was not applied. Quote incident "
                        + incident + " to your administrator.";
            }
        }
        Problem.write(response, status, detail);
    }
}
