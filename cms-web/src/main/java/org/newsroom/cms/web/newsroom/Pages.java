package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.NewsroomSettings;
import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.web.security.CmsAuthenticationMechanism;
import org.newsroom.cms.web.security.SessionCookie;

/**
 * Renders newsroom pages: the jte templates of {@code src/main/jte/newsroom}, precompiled at build time (so
 * no template is parsed or compiled on a server), with the {@link PageContext} every page shares.
 * <p>
 * The UI language is the one chosen in this browser (the {@value #LANGUAGE_COOKIE} cookie), else the one the
 * signed-in user chose on their profile (kept on the account, so it follows them to any browser), else the
 * best match of the browser's {@code Accept-Language}, else English.
 */
@ApplicationScoped
public class Pages {

    static final String LANGUAGE_COOKIE = "cms_lang";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "gg.jte.generated.precompiled");

    @Inject
    NewsroomSettings settings;
    @Inject
    NotificationService notifications;

    public Texts texts(HttpServletRequest request) {
        return new Texts(locale(request), settings.timeZone());
    }

    static Locale locale(HttpServletRequest request) {
        String chosen = SessionCookie.value(request, LANGUAGE_COOKIE);
        if (chosen != null && Texts.LANGUAGES.contains(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        if (request.getAttribute(CmsAuthenticationMechanism.SESSION) instanceof SessionService.Resumed session
                && session.user().getUiLanguage() != null && Texts.LANGUAGES.contains(session.user().getUiLanguage())) {
            return Locale.forLanguageTag(session.user().getUiLanguage());
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(header), Texts.LANGUAGES);
                if (best != null) {
                    return Locale.forLanguageTag(best);
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the fallback below
            }
        }
        return Locale.forLanguageTag(Texts.LANGUAGES.get(0));
    }

    /** The context of a page for the signed-in {@code actor} (the session's account). */
    public PageContext context(HttpServletRequest request, Actor actor) {
        SessionService.Resumed session = (SessionService.Resumed) request.getAttribute(CmsAuthenticationMechanism.SESSION);
        User user = session == null ? null : session.user();
        String name = user == null ? actor.username() : user.getDisplayName();
        PageContext.Viewer viewer = new PageContext.Viewer(actor.username(), name,
                actor.has(Role.EDITOR) || actor.has(Role.ADMIN), actor.has(Role.ADMIN));
        return new PageContext(texts(request), viewer, csrf(request), notifications.unreadCount(actor));
    }

    /** The session's CSRF token (null for a request signed in by Basic, which needs none). */
    public String csrf(HttpServletRequest request) {
        SessionService.Resumed session = (SessionService.Resumed) request.getAttribute(CmsAuthenticationMechanism.SESSION);
        return session == null ? null : session.csrfToken();
    }

    /** The context of a page nobody is signed in to (sign-in, errors). */
    public PageContext anonymous(HttpServletRequest request) {
        return new PageContext(texts(request), null, null, 0);
    }

    /** Writes a whole page or an htmx fragment; newsroom pages are private and never cached. */
    public void render(HttpServletResponse response, int status, String template, PageContext page, Object model)
            throws IOException {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render("newsroom/" + template + ".jte", Map.of("page", page, "model", model), output);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", page.t().lang());
        response.setContentLength(output.getContentLength());
        try (OutputStream out = response.getOutputStream()) {
            output.writeTo(out);
        }
    }
}
