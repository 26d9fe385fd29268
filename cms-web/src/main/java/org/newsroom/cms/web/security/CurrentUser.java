package org.newsroom.cms.web.security;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.domain.user.User;

/**
 * The signed-in user of this request as an {@link Actor}, with roles read fresh from the database: the account
 * the session cookie's lookup just read ({@link CmsAuthenticationMechanism#SESSION}), else read by name.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserService users;
    @Inject
    HttpServletRequest request;

    private User user;
    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            User account = user();
            actor = new Actor(account.getId(), account.getUsername(), account.getRoles());
        }
        return actor;
    }

    /** The signed-in account itself (read once per request). */
    public User user() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = request.getAttribute(CmsAuthenticationMechanism.SESSION) instanceof SessionService.Resumed s
                    && principal != null && s.user().getUsername().equals(principal.getName()) ? s.user()
                    : principal == null ? null : users.findActive(principal.getName()).orElse(null);
            if (user == null) {
                throw new NotAuthorizedException("Basic realm=\"Newsroom CMS\"");
            }
        }
        return user;
    }
}
