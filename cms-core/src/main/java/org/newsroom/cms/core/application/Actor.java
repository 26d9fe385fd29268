package org.newsroom.cms.core.application;

import java.util.Set;
import java.util.UUID;

import org.newsroom.cms.core.domain.user.Role;

/** The authenticated user on whose behalf a service call runs. */
public record Actor(UUID id, String username, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
