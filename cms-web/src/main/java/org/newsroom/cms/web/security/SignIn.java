package org.newsroom.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

import org.newsroom.cms.core.application.LoginThrottle;

/**
 * One password check for both ways in, HTTP Basic on the API and the sign-in form of the newsroom UI: the
 * {@link LoginThrottle} first (while the account name or the client address is locked no password is
 * checked, so a lock cannot be used to test guesses), then the identity store; a wrong password counts
 * against both the name and the address.
 */
@ApplicationScoped
public class SignIn {

    /** The outcome: {@code result} when checked, or the seconds to wait when throttled. */
    public record Outcome(CredentialValidationResult result, long retryAfterSeconds) {

        public boolean valid() {
            return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
        }

        public boolean throttled() {
            return result == null;
        }
    }

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    LoginThrottle throttle;
    @Inject
    TrustedProxies proxies;

    public Outcome check(HttpServletRequest request, String username, String password) {
        String address = proxies.clientAddress(request);
        LoginThrottle.Gate gate = throttle.check(username, address);
        if (gate.locked()) {
            return new Outcome(null, gate.retryAfterSeconds());
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (gate.accountFailed()) {
                throttle.succeeded(username);
            }
        } else {
            throttle.failed(username, address);
        }
        return new Outcome(result, 0);
    }
}
