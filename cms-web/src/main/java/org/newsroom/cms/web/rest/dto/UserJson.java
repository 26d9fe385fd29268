package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;

import org.newsroom.cms.core.domain.user.User;

/**
 * A newsroom account as admins see it (never the password hash); {@code language} is the UI language the user
 * chose ("en", "id"), null when they chose none.
 */
public record UserJson(String username, String displayName, List<String> roles, boolean active, String language,
                       Instant createdAt, Instant updatedAt) {

    public static UserJson of(User u) {
        return new UserJson(u.getUsername(), u.getDisplayName(), u.getRoles().stream().map(Enum::name).sorted().toList(),
                u.isActive(), u.getUiLanguage(), u.getCreatedAt(), u.getUpdatedAt());
    }
}
