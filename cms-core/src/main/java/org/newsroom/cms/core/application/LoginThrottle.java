package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.user.LoginAttemptRepository;
import org.newsroom.cms.core.domain.user.LoginAttempts;
import org.newsroom.cms.core.domain.user.LoginAuditEvent;
import org.newsroom.cms.core.domain.user.LoginLockPolicy;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * Throttles password guessing, per account name and per client address, with the counts in the database
 * (every node shares them). {@code CMS_LOGIN_MAX_FAILURES} (default {@value #DEFAULT_MAX_FAILURES}) failed
 * sign-ins of one account name within {@link #WINDOW}, or {@code CMS_LOGIN_MAX_ADDRESS_FAILURES} (default
 * {@value #DEFAULT_MAX_ADDRESS_FAILURES}) from one client address, lock it: every sign-in with it is then
 * refused at once, right password or not, for 1 minute, doubled with each lockout in a row up to 1 hour.
 * Names without an account are counted exactly like real ones, so the answers tell nothing about which
 * names exist. A successful sign-in forgives the account's failures (not the address's: one good account
 * must not reset a guesser's count). Lockouts and unlocks go to the log and to {@code login_audit}.
 * Nothing here waits: a locked sign-in is answered at once with the time left.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    static final int DEFAULT_MAX_FAILURES = 10;
    static final int DEFAULT_MAX_ADDRESS_FAILURES = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofHours(1);
    /** Lockouts in a row are forgotten after this long without a failure; quiet rows are deleted then. */
    static final Duration FORGET = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    LoginAttemptRepository attempts;
    @Inject
    UserRepository users;
    @Inject
    Clock clock;

    LoginLockPolicy accountPolicy;
    LoginLockPolicy addressPolicy;

    @PostConstruct
    void configure() {
        accountPolicy = policy(Settings.positiveInt("CMS_LOGIN_MAX_FAILURES", "cms.login.max-failures",
                DEFAULT_MAX_FAILURES));
        addressPolicy = policy(Settings.positiveInt("CMS_LOGIN_MAX_ADDRESS_FAILURES",
                "cms.login.max-address-failures", DEFAULT_MAX_ADDRESS_FAILURES));
    }

    static LoginLockPolicy policy(int maxFailures) {
        return new LoginLockPolicy(maxFailures, WINDOW, FIRST_LOCK, MAX_LOCK, FORGET);
    }

    /**
     * What the throttle says before a password is checked.
     *
     * @param retryAfter how long the account or the address stays locked (the longer); null when neither is
     * @param accountFailed whether the account name has failures to forgive on a successful sign-in
     */
    public record Gate(Duration retryAfter, boolean accountFailed) {
        public boolean locked() {
            return retryAfter != null;
        }

        /** Whole seconds, rounded up, at least 1: the {@code Retry-After} value. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(seconds, 1);
        }
    }

    /** Whether a sign-in as {@code username} from {@code address} may be checked at all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Gate check(String username, String address) {
        String account = LoginAttempts.account(username);
        List<String> subjects = new ArrayList<>(List.of(account));
        if (address != null) {
            subjects.add(LoginAttempts.address(address));
        }
        Instant now = now();
        Duration longest = null;
        boolean accountFailed = false;
        for (LoginAttempts a : attempts.find(subjects)) {
            accountFailed |= a.getSubject().equals(account) && a.getFailures() > 0;
            Duration lock = a.lockedFor(now).orElse(null);
            longest = longer(longest, lock);
        }
        return new Gate(longest, accountFailed);
    }

    /**
     * Counts a failed sign-in against the account name and the client address.
     *
     * @return the lock this failure started (the longer one if both), if it was the one too many
     */
    public Optional<Duration> failed(String username, String address) {
        Instant now = now();
        // always the account first, then the address: concurrent failures lock rows in the same order
        Duration lock = count(LoginAttempts.account(username), accountPolicy, address, now);
        if (address != null) {
            lock = longer(lock, count(LoginAttempts.address(address), addressPolicy, address, now));
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            attempts.forgetQuiet(now.minus(FORGET), now);
        }
        return Optional.ofNullable(lock);
    }

    private Duration count(String subject, LoginLockPolicy policy, String address, Instant now) {
        LoginAttempts counts = attempts.lockOrCreate(subject);
        Optional<Duration> lock = counts.fail(now, policy);
        lock.ifPresent(d -> {
            attempts.append(LoginAuditEvent.locked(subject, policy.maxFailures(), address, now, d));
            LOG.warning(() -> "login-lockout subject=" + quote(subject) + " address=" + quote(address)
                    + " failures=" + policy.maxFailures() + " windowSeconds=" + policy.window().toSeconds()
                    + " lockout=" + counts.getLockouts() + " lockSeconds=" + d.toSeconds()
                    + " lockedUntil=" + now.plus(d));
        });
        return lock.orElse(null);
    }

    /** A successful sign-in: the account's failures are forgiven. */
    public void succeeded(String username) {
        attempts.findForUpdate(LoginAttempts.account(username)).ifPresent(LoginAttempts::succeeded);
    }

    /**
     * Lifts an account's sign-in lock and forgets its failures and lockouts (audited); idempotent.
     *
     * @return whether it was locked
     */
    public boolean unlock(Actor admin, String username) {
        if (username == null || !UserService.USERNAME.matcher(username).matches()) {
            // no account can have such a name; nor is it worth a query (or an echo)
            throw new ResourceNotFoundException("No user by that name.");
        }
        User user = users.findByUsername(username)
                .orElseThrow(() -> new ResourceNotFoundException("No user named \"" + username + "\"."));
        Instant now = now();
        String subject = LoginAttempts.account(user.getUsername());
        Optional<LoginAttempts> found = attempts.findForUpdate(subject);
        boolean wasLocked = found.flatMap(a -> a.lockedFor(now)).isPresent();
        int failures = found.map(LoginAttempts::getFailures).orElse(0);
        found.ifPresent(attempts::remove);
        attempts.append(LoginAuditEvent.unlocked(subject, failures, admin.id(), now));
        LOG.info(() -> "login-unlock subject=" + quote(subject) + " by=" + quote(admin.username())
                + " wasLocked=" + wasLocked + " failures=" + failures);
        return wasLocked;
    }

    private static Duration longer(Duration a, Duration b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /** A value for a key=value log line: quoted, with quotes, backslashes and control characters escaped. */
    static String quote(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
