package org.newsroom.cms.web.rest.dto;

/** Body of {@code POST /api/articles/{id}/preview-links}: how many hours the link lasts (1–720; absent: 48). */
public record PreviewLinkRequest(Integer hours) {
}
