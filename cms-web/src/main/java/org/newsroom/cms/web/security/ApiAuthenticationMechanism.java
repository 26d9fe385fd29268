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

/**
 * HTTP Basic for the API, answering failures with problem+json rather than an HTML error page.
 * Anonymous requests to unprotected paths (the public API) pass through untouched.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Newsroom CMS\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userAndPassword = decode(header.substring(6).strip());
            if (userAndPassword == null) {
                return refuse(request, response, context, "The Authorization header is not valid HTTP Basic (base64 of user:password).");
            }
            CredentialValidationResult result = identityStores.validate(
                    new UsernamePasswordCredential(userAndPassword[0], userAndPassword[1]));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
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
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, String detail) {
        request.setAttribute(UnauthorizedProblemServlet.DETAIL, detail);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }
}
