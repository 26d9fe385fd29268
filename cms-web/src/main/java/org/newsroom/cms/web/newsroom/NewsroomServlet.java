package org.newsroom.cms.web.newsroom;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.CmsException;
import org.newsroom.cms.core.application.PermissionDeniedException;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * Base of the newsroom's page controllers: the signed-in {@link Actor}, rendering through {@link Pages}, and
 * the application's refusals turned into the newsroom's error page (403 for a role or ownership refusal, 404
 * for what the user may not see, 409 for the rest) when a page does not show them in place, as forms do.
 */
public abstract class NewsroomServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Pages pages;
    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (PermissionDeniedException e) {
            error(request, response, 403, "error.forbidden", e.getMessage(Pages.locale(request)));
        } catch (ResourceNotFoundException e) {
            error(request, response, 404, "error.notFound", e.getMessage(Pages.locale(request)));
        } catch (CmsException e) {
            error(request, response, 409, "error.conflict", e.getMessage(Pages.locale(request)));
        } catch (IllegalArgumentException e) {
            // a malformed id or time in the address or a form field
            error(request, response, 400, "error.badRequest", pages.texts(request).t("error.badRequest.detail"));
        }
    }

    protected Actor actor() {
        return currentUser.actor();
    }

    protected PageContext page(HttpServletRequest request) {
        return pages.context(request, actor());
    }

    protected void render(HttpServletResponse response, String template, PageContext page, Object model)
            throws IOException {
        pages.render(response, 200, template, page, model);
    }

    protected void error(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                         String detail) throws IOException {
        PageContext page = request.getUserPrincipal() == null ? pages.anonymous(request) : page(request);
        pages.render(response, status, "error", page, new ErrorView(status, titleKey, detail));
    }

    /** 303 to another newsroom page: the answer to a form post, so reloading does not post again. */
    protected static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
