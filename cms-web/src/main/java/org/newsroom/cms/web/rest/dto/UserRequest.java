package org.newsroom.cms.web.rest.dto;

import java.util.List;

/** Body of {@code POST /api/admin/users}. */
public record UserRequest(String username, String password, String displayName, List<String> roles) {
}
