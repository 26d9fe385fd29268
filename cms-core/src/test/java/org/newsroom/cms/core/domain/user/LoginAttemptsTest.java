package org.newsroom.cms.core.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final LoginLockPolicy POLICY = new LoginLockPolicy(10, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    /** Fails {@code n} times one second apart from {@code start}; the lock of the last failure. */
    private static Optional<Duration> fail(LoginAttempts a, int n, Instant start) {
        Optional<Duration> lock = Optional.empty();
        for (int i = 0; i < n; i++) {
            lock = a.fail(start.plusSeconds(i), POLICY);
        }
        return lock;
    }

    @Test
    void theTenthFailureWithinTheWindowLocksForAMinute() {
        LoginAttempts a = new LoginAttempts("account:alice");
        assertThat(fail(a, 9, T0)).isEmpty();
        assertThat(a.lockedFor(T0.plusSeconds(9))).isEmpty();
        assertThat(a.fail(T0.plusSeconds(9), POLICY)).contains(Duration.ofMinutes(1));
        assertThat(a.lockedFor(T0.plusSeconds(9))).contains(Duration.ofMinutes(1));
        assertThat(a.lockedFor(T0.plusSeconds(39))).contains(Duration.ofSeconds(30));
        assertThat(a.lockedFor(T0.plusSeconds(69))).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        LoginAttempts a = new LoginAttempts("account:alice");
        for (int i = 0; i < 50; i++) {
            assertThat(a.fail(T0.plus(Duration.ofMinutes(2L * i)), POLICY)).isEmpty();
        }
    }

    @Test
    void eachLockoutInARowDoublesTheLockUpToAnHour() {
        LoginAttempts a = new LoginAttempts("account:alice");
        Instant at = T0;
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long minutes : expected) {
            Optional<Duration> lock = fail(a, 10, at);
            assertThat(lock).contains(Duration.ofMinutes(minutes));
            at = a.getLockedUntil().plusSeconds(1);
        }
        assertThat(a.getLockouts()).isEqualTo(expected.length);
    }

    @Test
    void lockoutsInARowAreForgottenAfterAQuietDay() {
        LoginAttempts a = new LoginAttempts("account:alice");
        fail(a, 10, T0);
        fail(a, 10, T0.plus(Duration.ofMinutes(2)));
        assertThat(a.getLockouts()).isEqualTo(2);
        Instant nextDay = a.getLastFailureAt().plus(Duration.ofDays(1));
        assertThat(fail(a, 10, nextDay)).contains(Duration.ofMinutes(1));
        assertThat(a.getLockouts()).isEqualTo(1);
    }

    @Test
    void successForgivesTheFailuresButRemembersTheLockouts() {
        LoginAttempts a = new LoginAttempts("account:alice");
        fail(a, 10, T0);
        fail(a, 9, T0.plus(Duration.ofMinutes(2)));
        a.succeeded();
        assertThat(a.getFailures()).isZero();
        assertThat(fail(a, 9, T0.plus(Duration.ofMinutes(3)))).isEmpty();
        assertThat(a.fail(T0.plus(Duration.ofMinutes(4)), POLICY)).contains(Duration.ofMinutes(2));
    }

    @Test
    void subjectsAreLowerCaseAndBounded() {
        assertThat(LoginAttempts.account(" Admin ")).isEqualTo("account:admin");
        assertThat(LoginAttempts.address("203.0.113.7")).isEqualTo("address:203.0.113.7");
        assertThat(LoginAttempts.account("x".repeat(10_000))).hasSize(LoginAttempts.MAX_SUBJECT);
    }

    @Test
    void theLockIsCappedWithoutOverflow() {
        assertThat(POLICY.lockFor(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.lockFor(7)).isEqualTo(Duration.ofHours(1));
        assertThat(POLICY.lockFor(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }
}
