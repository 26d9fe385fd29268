package org.newsroom.cms.web.rest.dto;

import java.util.List;

/** Body of {@code PUT /api/admin/users/{username}/roles}: the complete new set of roles. */
public record RolesRequest(List<String> roles) {
}
