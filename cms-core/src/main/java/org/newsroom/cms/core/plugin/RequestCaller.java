package org.newsroom.cms.core.plugin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.plugin.api.Caller;

/** The request's {@link Caller}, built once per request: principal, roles, display name and language. */
@RequestScoped
class RequestCaller {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserRepository users;
    @Inject
    Instance<RequestLocale> requestLocale;

    private Optional<Caller> caller;

    Optional<Caller> get() {
        if (caller == null) {
            caller = build();
        }
        return caller;
    }

    private Optional<Caller> build() {
        if (securityContext.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        String username = securityContext.getCallerPrincipal().getName();
        Set<String> roles = new HashSet<>();
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role.name());
            }
        }
        String displayName = users.findByUsername(username).map(User::getDisplayName).orElse(username);
        Locale locale = requestLocale.isResolvable() ? requestLocale.get().locale() : Locale.ENGLISH;
        return Optional.of(new Caller(username, displayName, locale, roles));
    }
}
