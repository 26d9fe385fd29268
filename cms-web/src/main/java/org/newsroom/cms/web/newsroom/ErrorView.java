package org.newsroom.cms.web.newsroom;

/** The model of the newsroom's error page: the status, a title key of the bundle and what to do. */
public record ErrorView(int status, String titleKey, String detail) {
}
