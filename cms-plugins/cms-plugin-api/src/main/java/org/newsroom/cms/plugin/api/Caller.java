package org.newsroom.cms.plugin.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user of the current request: username, the account's display name (what readers see, e.g.
 * "Hermansyah" for the account {@code hms01}), the language the user works in (the newsroom UI's) and the
 * roles (JOURNALIST, EDITOR, ADMIN).
 */
public record Caller(String username, String displayName, Locale locale, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        locale = locale == null ? Locale.ENGLISH : locale;
        roles = Set.copyOf(roles);
    }

    /** A caller whose display name is the username, working in English (tests, tools). */
    public Caller(String username, Set<String> roles) {
        this(username, username, Locale.ENGLISH, roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Editors and admins manage shared data (vocabularies, contributors…) in most plugins. */
    public boolean isEditor() {
        return roles.contains("EDITOR") || roles.contains("ADMIN");
    }
}
