package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.core.application.NotificationView;

/**
 * Notifications in the newsroom: {@code GET /newsroom/notifications/{id}} marks one read and opens its article;
 * {@code POST /newsroom/notifications/read} marks them all read.
 */
@WebServlet("/newsroom/notifications/*")
public class NotificationsServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id = UUID.fromString(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        NotificationView opened = notifications.list(actor(), 200).stream().filter(n -> n.id().equals(id)).findFirst()
                .orElse(null);
        if (opened == null) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        notifications.markRead(actor(), id);
        seeOther(response, "/newsroom/articles/" + opened.articleId()
                + ("SUBMITTED".equals(opened.kind()) ? "/review" : ""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/read".equals(request.getPathInfo())) {
            error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
            return;
        }
        notifications.markAllRead(actor());
        seeOther(response, "/newsroom/#notifications");
    }
}
