package org.newsroom.cms.plugin.api;

import java.util.Set;

/** The signed-in user of the current request: username and roles (JOURNALIST, EDITOR, ADMIN). */
public record Caller(String username, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Editors and admins manage shared data (vocabularies, contributors…) in most plugins. */
    public boolean isEditor() {
        return roles.contains("EDITOR") || roles.contains("ADMIN");
    }
}
