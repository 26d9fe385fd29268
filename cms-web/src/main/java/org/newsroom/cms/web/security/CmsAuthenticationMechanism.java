package org.newsroom.cms.web.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.SessionService;
import org.newsroom.cms.web.errorpages.ErrorPages;

/**
 * The one authentication mechanism of the CMS: HTTP Basic for the API (curl, the CLI), and the newsroom
 * UI's session cookie ({@link SessionCookie}, sessions in PostgreSQL through {@link SessionService}) for the
 * browser, on {@code /newsroom} and on the API calls the UI's pages make. Failures are answered with
 * problem+json on the API and a redirect to the sign-in page in the newsroom. Anonymous requests to
 * unprotected paths (the public API, the sign-in page) pass through untouched.
 * <p>
 * A state-changing request (anything but GET, HEAD, OPTIONS) authenticated by the session cookie must carry
 * the session's CSRF token, in the {@value #CSRF_HEADER} header (htmx, fetch) or the {@value #CSRF_FIELD} form
 * field: without it the answer is 403 and nothing runs. Basic-authenticated calls need none: a browser never
 * adds Basic credentials to a forged cross-site request by itself.
 * <p>
 * Every password check goes through {@link SignIn} (throttled per account name and client address).
 */
@ApplicationScoped
public class CmsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Newsroom CMS\", charset=\"UTF-8\"";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    /** The request attribute holding the {@link SessionService.Resumed} session, when the cookie signed in. */
    public static final String SESSION = "org.newsroom.cms.auth.session";
    static final String NEWSROOM = "/newsroom";

    @Inject
    SignIn signIn;
    @Inject
    SessionService sessions;
    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, header);
        }
        String token = SessionCookie.read(request);
        if (token != null) {
            Optional<SessionService.Resumed> session = sessions.resume(token);
            if (session.isPresent()) {
                return resumed(request, response, context, session.get());
            }
            SessionCookie.clear(request, response, proxies);
        }
        if (context.isProtected()) {
            return inNewsroom(request) ? toSignInPage(request, response, context)
                    : refuse(request, response, context, "Sign in: send HTTP Basic credentials of an active newsroom account.");
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String header) {
        String[] userAndPassword = decode(header.substring(6).strip());
        if (userAndPassword == null) {
            return refuse(request, response, context, "The Authorization header is not valid HTTP Basic (base64 of user:password).");
        }
        SignIn.Outcome outcome = signIn.check(request, userAndPassword[0], userAndPassword[1]);
        if (outcome.throttled()) {
            return throttled(request, response, context, outcome.retryAfterSeconds());
        }
        if (outcome.valid()) {
            return context.notifyContainerAboutLogin(outcome.result());
        }
        return refuse(request, response, context, "Wrong username or password, or the account is deactivated.");
    }

    private AuthenticationStatus resumed(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context, SessionService.Resumed session) {
        if (!safe(request.getMethod()) && !csrfTokenMatches(request, session.csrfToken())) {
            if (!context.isProtected()) {
                // e.g. the sign-in form posted from a browser that still has a session: it needs no identity
                return context.doNothing();
            }
            // 403 through the container's error page (ErrorPageServlet), which says why; nothing else runs
            SecurityHeaders.apply(request, response, proxies);
            request.setAttribute(ErrorPages.CSRF_REFUSED, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(SESSION, session);
        Set<String> groups = session.user().getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(session.user().getUsername(), groups);
    }

    static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /** The token from the header, else (urlencoded forms only: reading a multipart body here is not ours) the field. */
    static boolean csrfTokenMatches(HttpServletRequest request, String expected) {
        String sent = request.getHeader(CSRF_HEADER);
        if (sent == null) {
            String type = request.getContentType();
            if (type != null && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)) {
                sent = request.getParameter(CSRF_FIELD);
            }
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    static boolean inNewsroom(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(NEWSROOM) || path.startsWith(NEWSROOM + "/");
    }

    /**
     * Not signed in on a newsroom page: to the sign-in page, coming back here afterwards. An htmx call gets
     * 401 with {@code HX-Redirect}, so the whole page goes there instead of a fragment.
     */
    private AuthenticationStatus toSignInPage(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        SecurityHeaders.apply(request, response, proxies);
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : NEWSROOM + "/";
        String target = request.getContextPath() + NEWSROOM + "/login?next="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(401);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(target);
    }

    /**
     * user:password from the header, or null when it is not base64 of strict UTF-8 free of control
     * characters (a NUL byte, UTF-16 text, broken UTF-8): such credentials cannot belong to an account, and
     * passing them on would reach the database, which refuses NUL.
     */
    static String[] decode(String token) {
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /**
     * 401 through the container's error page ({@link UnauthorizedProblemServlet}), which writes the
     * problem+json; writing the body here would race the container's own error handling.
     */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, String detail) {
        SecurityHeaders.apply(request, response, proxies);
        request.setAttribute(UnauthorizedProblemServlet.DETAIL, detail);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /** 429 by forwarding to {@link SignInThrottledServlet}: the resource is not called. */
    private AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context, long retryAfterSeconds) {
        SecurityHeaders.apply(request, response, proxies);
        request.setAttribute(SignInThrottledServlet.RETRY_AFTER, retryAfterSeconds);
        return context.forward("/problem/sign-in-throttled");
    }
}
