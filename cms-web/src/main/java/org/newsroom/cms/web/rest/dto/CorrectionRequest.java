package org.newsroom.cms.web.rest.dto;

/** Body of {@code POST /api/articles/{id}/corrections}: the public correction note. */
public record CorrectionRequest(String note) {
}
