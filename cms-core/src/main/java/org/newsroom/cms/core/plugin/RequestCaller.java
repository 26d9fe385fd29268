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
import org.newsroom.cms.plugin.api.Caller;

/**
 * The request's {@link Caller}, built once per request: principal and roles from Jakarta Security, display name
 * and language from the web layer ({@link RequestAccount}), which has read the account already.
 */
@RequestScoped
class RequestCaller {

    @Inject
    SecurityContext securityContext;
    @Inject
    Instance<RequestAccount> account;

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
        if (!account.isResolvable()) {
            return Optional.of(new Caller(username, username, Locale.ENGLISH, roles));
        }
        return Optional.of(new Caller(username, account.get().displayName(), account.get().locale(), roles));
    }
}
