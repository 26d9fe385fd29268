package org.newsroom.cms.web.rest.dto;

/** Body of {@code POST /api/articles/{id}/transitions}: the target state and an optional (sometimes required) comment. */
public record TransitionRequest(String to, String comment) {
}
