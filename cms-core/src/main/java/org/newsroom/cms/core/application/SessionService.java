package org.newsroom.cms.core.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.user.NewsroomSession;
import org.newsroom.cms.core.domain.user.SessionRepository;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * Sessions of the newsroom UI, kept in PostgreSQL so any node can resume them. A session ends when the
 * user signs out (here or everywhere), after {@code CMS_SESSION_IDLE_MINUTES} (default 480) without use,
 * and at once when the account is deactivated or its password or roles change ({@link UserService} ends
 * them in the same transaction).
 */
@ApplicationScoped
@Transactional
public class SessionService {

    static final int DEFAULT_IDLE_MINUTES = 480;
    /** last_seen_at is refreshed at most this often: one write a minute per browser, not one per request. */
    static final long SEEN_GAP_SECONDS = 60;

    /** A new session: the token goes into the cookie; the CSRF token into every form and htmx call. */
    public record Started(String token, String csrfToken) {
    }

    /** A live session and its (active) account. */
    public record Resumed(User user, String csrfToken) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Duration idle = Duration.ofMinutes(
            Settings.positiveInt("CMS_SESSION_IDLE_MINUTES", "cms.session-idle-minutes", DEFAULT_IDLE_MINUTES));

    @Inject
    SessionRepository sessions;
    @Inject
    UserRepository users;
    @Inject
    Clock clock;

    /** Starts a session for an account whose password was just checked. */
    public Started start(User user) {
        Instant now = clock.instant();
        sessions.removeIdle(now.minus(idle));
        String token = randomToken();
        String csrf = randomToken();
        sessions.add(new NewsroomSession(hash(token), user.getId(), csrf, now));
        return new Started(token, csrf);
    }

    /** The session of a cookie token, if it is live and its account active. */
    public Optional<Resumed> resume(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<NewsroomSession> found = sessions.find(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NewsroomSession session = found.get();
        if (session.idleSince(now.minus(idle))) {
            sessions.remove(hash(token));
            return Optional.empty();
        }
        Optional<User> user = users.find(session.getUserId()).filter(User::isActive);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        session.seen(now, SEEN_GAP_SECONDS);
        return Optional.of(new Resumed(user.get(), session.getCsrfToken()));
    }

    /** Signs this browser out. */
    public void end(String token) {
        if (token != null && !token.isEmpty() && token.length() <= 100) {
            sessions.remove(hash(token));
        }
    }

    /** Signs the user out of every browser; returns how many sessions ended. */
    public int endAll(Actor actor) {
        return sessions.removeAllOf(actor.id());
    }

    /**
     * Ends every session of the user but the one of {@code keptToken} (the browser that changed the password
     * stays signed in); with no token, every one.
     *
     * @return how many sessions ended
     */
    public int endAllBut(java.util.UUID userId, String keptToken) {
        if (keptToken == null || keptToken.isEmpty() || keptToken.length() > 100) {
            return sessions.removeAllOf(userId);
        }
        return sessions.removeAllOfExcept(userId, hash(keptToken));
    }

    /** How long a session lives unused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Duration idleTimeout() {
        return idle;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
