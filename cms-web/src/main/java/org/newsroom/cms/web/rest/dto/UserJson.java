package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;

import org.newsroom.cms.core.domain.user.User;

/** A newsroom account as admins see it (never the password hash). */
public record UserJson(String username, String displayName, List<String> roles, boolean active, Instant createdAt,
                       Instant updatedAt) {

    public static UserJson of(User u) {
        return new UserJson(u.getUsername(), u.getDisplayName(), u.getRoles().stream().map(Enum::name).sorted().toList(),
                u.isActive(), u.getCreatedAt(), u.getUpdatedAt());
    }
}
