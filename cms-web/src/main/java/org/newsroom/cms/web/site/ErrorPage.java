package org.newsroom.cms.web.site;

/** The site's 404 and 410 pages. */
public record ErrorPage(Chrome chrome, int status, String heading, String detail) {
}
