package org.newsroom.cms.web.newsroom;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.web.security.SessionCookie;
import org.newsroom.cms.web.security.TrustedProxies;

/**
 * {@code POST /newsroom/language}: the UI language chosen in the footer (English or Indonesian), kept in a
 * cookie for a year; back to the page it was chosen on. Open without signing in, so the sign-in page can
 * switch too; it changes nothing but the words shown.
 */
@WebServlet("/newsroom/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        if (lang != null && Texts.LANGUAGES.contains(lang)) {
            SessionCookie.set(request, response, proxies, Pages.LANGUAGE_COOKIE, lang, ONE_YEAR);
        }
        String back = request.getHeader("Referer");
        NewsroomServlet.seeOther(response, LoginServlet.next(back == null ? null : pathOf(back)));
    }

    /** The path and query of a same-site Referer (the policy sends none across sites; it may send none at all). */
    private static String pathOf(String referer) {
        int scheme = referer.indexOf("://");
        int slash = scheme < 0 ? -1 : referer.indexOf('/', scheme + 3);
        return slash < 0 ? null : referer.substring(slash);
    }
}
