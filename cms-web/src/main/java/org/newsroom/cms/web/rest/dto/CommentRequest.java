package org.newsroom.cms.web.rest.dto;

/** Body of {@code POST /api/articles/{id}/comments}. */
public record CommentRequest(String body) {
}
