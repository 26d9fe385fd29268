package org.newsroom.cms.web.rest.dto;

/** Body of {@code PUT /api/admin/users/{username}/password}. */
public record PasswordRequest(String password) {
}
