package org.newsroom.cms.web.newsroom;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.newsroom.cms.core.plugin.RequestAccount;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * The request's account for plugins ({@code Caller.displayName()}, {@code Caller.locale()}): the account
 * {@link CurrentUser} read, and the same language choice the newsroom pages make.
 */
@RequestScoped
public class WebRequestAccount implements RequestAccount {

    @Inject
    HttpServletRequest request;
    @Inject
    CurrentUser currentUser;

    @Override
    public String displayName() {
        return currentUser.user().getDisplayName();
    }

    @Override
    public Locale locale() {
        return Pages.locale(request);
    }
}
