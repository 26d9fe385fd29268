package org.newsroom.cms.core.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins of one subject: an account name as typed (whether or not such an account exists)
 * or a client address. Kept in the database so that every node counts the same failures and honours the
 * same locks.
 */
@Entity
@Table(name = "login_throttle")
public class LoginAttempts {

    public static final String ACCOUNT = "account:";
    public static final String ADDRESS = "address:";
    /** Longer subjects are cut: no account name is that long, and merging such names costs nothing. */
    static final int MAX_SUBJECT = 200;

    @Id
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginAttempts() {
        // for JPA
    }

    /** A subject with no failure yet. */
    public LoginAttempts(String subject) {
        this.subject = subject;
        this.windowStart = Instant.EPOCH;
        this.lastFailureAt = Instant.EPOCH;
    }

    /** The subject of an account name: lower-case, so "Admin" and "admin" share one count. */
    public static String account(String username) {
        return cut(ACCOUNT + username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The subject of a client address (as the web tier normalised it). */
    public static String address(String address) {
        return cut(ADDRESS + address);
    }

    private static String cut(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }

    /** How long the subject stays locked from {@code now}; empty when it is not locked. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /**
     * Counts a failure at {@code now}.
     *
     * @return the lock this failure started (it was the {@code maxFailures}-th in the window), if any
     */
    public Optional<Duration> fail(Instant now, LoginLockPolicy policy) {
        if (!lastFailureAt.plus(policy.forgetAfter()).isAfter(now)) {
            lockouts = 0;
        }
        if (!windowStart.plus(policy.window()).isAfter(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        lastFailureAt = now;
        if (failures < policy.maxFailures()) {
            return Optional.empty();
        }
        lockouts++;
        Duration lock = policy.lockFor(lockouts);
        lockedUntil = now.plus(lock);
        // the count starts again once the lock is over
        failures = 0;
        windowStart = now;
        return Optional.of(lock);
    }

    /** A successful sign-in: the failures are forgiven (lockouts in a row are still remembered). */
    public void succeeded() {
        failures = 0;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public int getLockouts() {
        return lockouts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
