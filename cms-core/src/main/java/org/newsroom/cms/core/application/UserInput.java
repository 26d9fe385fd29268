package org.newsroom.cms.core.application;

import java.util.Set;

import org.newsroom.cms.core.domain.user.Role;

/** A new account as an admin asks for it. {@code displayName} defaults to the username. */
public record UserInput(String username, String password, String displayName, Set<Role> roles) {
}
