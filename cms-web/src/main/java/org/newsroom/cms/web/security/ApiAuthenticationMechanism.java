package org.newsroom.cms.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.LoginThrottle;

/**
 * HTTP Basic for the API, answering failures with problem+json rather than an HTML error page.
 * Anonymous requests to unprotected paths (the public API) pass through untouched.
 * <p>
 * Every sign-in goes through the {@link LoginThrottle}: while the account name or the client address
 * ({@link TrustedProxies}) is locked the answer is 429 with {@code Retry-After}, before any password is
 * checked (so a lock cannot be used to test guesses); a wrong password counts against both.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Newsroom CMS\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    LoginThrottle throttle;
    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userAndPassword = decode(header.substring(6).strip());
            if (userAndPassword == null) {
                return refuse(request, response, context, "The Authorization header is not valid HTTP Basic (base64 of user:password).");
            }
            String username = userAndPassword[0];
            String address = proxies.clientAddress(request);
            LoginThrottle.Gate gate = throttle.check(username, address);
            if (gate.locked()) {
                return throttled(request, response, context, gate.retryAfterSeconds());
            }
            CredentialValidationResult result = identityStores.validate(
                    new UsernamePasswordCredential(username, userAndPassword[1]));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (gate.accountFailed()) {
                    throttle.succeeded(username);
                }
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(username, address);
            return refuse(request, response, context, "Wrong username or password, or the account is deactivated.");
        }
        if (context.isProtected()) {
            return refuse(request, response, context, "Sign in: send HTTP Basic credentials of an active newsroom account.");
        }
        return context.doNothing();
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
