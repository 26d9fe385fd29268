package org.newsroom.cms.web.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /preview/{token}}: a share link to a working copy, for someone outside the newsroom (no sign-in).
 * {@link PreviewPages} shows it, or says the link no longer works.
 */
@WebServlet("/preview/*")
public class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PreviewPages previews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String token = path.startsWith("/") ? path.substring(1) : path;
        // a malformed token is simply no link of ours: the same page as an expired one
        previews.shared(request, response, token);
    }
}
