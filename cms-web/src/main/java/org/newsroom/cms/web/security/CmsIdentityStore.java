package org.newsroom.cms.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.domain.user.User;

/**
 * Checks usernames and passwords against the newsroom accounts in PostgreSQL; roles become groups.
 * <p>
 * PBKDF2 is slow on purpose (~0.1 s), and HTTP Basic sends the password on every call, so a
 * successful check is remembered for a few minutes as a salted SHA-256 of the password, tied to the
 * stored hash: a password change, deactivation or role change on any node takes effect on the next
 * request, because the account row is read every time.
 * <p>
 * A name with no active account costs the same PBKDF2 work as a wrong password for a real one
 * ({@link UserService#verifyNobody}), so response times do not tell which names exist. Throttling of
 * failed sign-ins is the authentication mechanism's job ({@link CmsAuthenticationMechanism}).
 */
@ApplicationScoped
public class CmsIdentityStore implements IdentityStore {

    private static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000;
    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(String storedHash, byte[] digest, long until) {
    }

    @Inject
    UserService users;

    private final byte[] pepper = new SecureRandom().generateSeed(32);
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller();
        String password = upc.getPasswordAsString();
        Optional<User> found = username == null ? Optional.empty() : users.findActive(username);
        if (found.isEmpty() || password == null) {
            users.verifyNobody(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        User user = found.get();
        byte[] digest = digest(username, password);
        Verified remembered = verified.get(username);
        boolean ok = remembered != null && remembered.until() - System.nanoTime() > 0
                && remembered.storedHash().equals(user.getPasswordHash())
                && MessageDigest.isEqual(remembered.digest(), digest);
        if (!ok && users.verify(user, password)) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(username, new Verified(user.getPasswordHash(), digest, System.nanoTime() + REMEMBER_NANOS));
            ok = true;
        }
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
