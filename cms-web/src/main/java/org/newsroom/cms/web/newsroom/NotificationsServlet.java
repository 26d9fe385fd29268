package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.core.domain.notification.Notification;
import org.newsroom.cms.core.domain.notification.NotificationKind;

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
        Notification opened = notifications.open(actor(), id);
        seeOther(response, "/newsroom/articles/" + opened.getArticleId()
                + (opened.getKind() == NotificationKind.SUBMITTED ? "/review" : ""));
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
