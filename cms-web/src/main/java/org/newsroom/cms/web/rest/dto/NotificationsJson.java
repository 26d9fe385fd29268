package org.newsroom.cms.web.rest.dto;

import java.util.List;

import org.newsroom.cms.core.application.NotificationView;

/** The signed-in user's notifications: how many are unread (in all), and the newest ones. */
public record NotificationsJson(long unread, List<NotificationView> items) {
}
