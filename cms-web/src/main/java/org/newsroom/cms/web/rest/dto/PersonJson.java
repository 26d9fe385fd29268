package org.newsroom.cms.web.rest.dto;

import org.newsroom.cms.core.domain.user.User;

/** A newsroom user as shown next to an article. */
public record PersonJson(String username, String displayName) {

    public static PersonJson of(User user) {
        return new PersonJson(user.getUsername(), user.getDisplayName());
    }
}
