package org.newsroom.cms.web.newsroom;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.newsroom.cms.core.plugin.RequestLocale;

/** The request's language for plugins ({@code Caller.locale()}): the same choice the newsroom pages make. */
@RequestScoped
public class WebRequestLocale implements RequestLocale {

    @Inject
    HttpServletRequest request;

    @Override
    public Locale locale() {
        return Pages.locale(request);
    }
}
