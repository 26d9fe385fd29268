package org.newsroom.cms.core.domain.user;

import java.time.Duration;

/**
 * How failed sign-ins lock a subject (an account name or a client address): {@code maxFailures} failures
 * within {@code window} lock it for {@code firstLock}; each further lockout in a row doubles the lock, up to
 * {@code maxLock}. Lockouts in a row are forgotten after {@code forgetAfter} without a failure.
 */
public record LoginLockPolicy(int maxFailures, Duration window, Duration firstLock, Duration maxLock,
                              Duration forgetAfter) {

    public LoginLockPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, not " + maxFailures);
        }
    }

    /** The lock of the {@code lockouts}-th lockout in a row (1, 2, 3, …): first, doubled each time, capped. */
    public Duration lockFor(int lockouts) {
        int doublings = Math.min(Math.max(lockouts - 1, 0), 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
