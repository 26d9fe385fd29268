package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.user.LoginAttemptRepository;
import org.newsroom.cms.core.domain.user.LoginAttempts;
import org.newsroom.cms.core.domain.user.LoginAuditEvent;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/** The throttle's rules on an in-memory store and a clock the test moves. */
class LoginThrottleTest {

    /** The rows and the audit trail, as the database would keep them. */
    static final class MemoryAttempts implements LoginAttemptRepository {
        final Map<String, LoginAttempts> rows = new LinkedHashMap<>();
        final List<LoginAuditEvent> audit = new ArrayList<>();

        @Override
        public List<LoginAttempts> find(Collection<String> subjects) {
            return subjects.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public LoginAttempts lockOrCreate(String subject) {
            return rows.computeIfAbsent(subject, LoginAttempts::new);
        }

        @Override
        public Optional<LoginAttempts> findForUpdate(String subject) {
            return Optional.ofNullable(rows.get(subject));
        }

        @Override
        public void remove(LoginAttempts attempts) {
            rows.remove(attempts.getSubject());
        }

        @Override
        public int forgetQuiet(Instant before, Instant now) {
            int n = rows.size();
            rows.values().removeIf(a -> a.getLastFailureAt().isBefore(before) && a.lockedFor(now).isEmpty());
            return n - rows.size();
        }

        @Override
        public void append(LoginAuditEvent event) {
            audit.add(event);
        }

        @Override
        public List<LoginAuditEvent> auditOf(String subject) {
            return audit.stream().filter(e -> e.getSubject().equals(subject)).toList();
        }
    }

    private final MemoryAttempts attempts = new MemoryAttempts();
    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private LoginThrottle throttle;
    private final User alice = new User("alice", "Alice", "hash", EnumSet.of(Role.JOURNALIST), now);

    @BeforeEach
    void throttle() {
        throttle = new LoginThrottle();
        throttle.attempts = attempts;
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        throttle.users = (UserRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findByUsername" -> Optional.ofNullable("alice".equals(args[0]) ? alice : null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        throttle.accountPolicy = LoginThrottle.policy(10);
        throttle.addressPolicy = LoginThrottle.policy(100);
    }

    private void failTimes(int n, String username, String address) {
        for (int i = 0; i < n; i++) {
            throttle.failed(username, address);
            now = now.plusMillis(100);
        }
    }

    @Test
    void tenFailuresLockTheAccountFromEveryAddress() {
        failTimes(9, "alice", "203.0.113.1");
        assertThat(throttle.check("alice", "203.0.113.1").locked()).isFalse();
        assertThat(throttle.failed("alice", "203.0.113.1")).contains(Duration.ofMinutes(1));
        LoginThrottle.Gate gate = throttle.check("alice", "198.51.100.9");
        assertThat(gate.locked()).isTrue();
        assertThat(gate.retryAfterSeconds()).isEqualTo(60);
        now = now.plusSeconds(59).plusMillis(500);
        assertThat(throttle.check("Alice", "198.51.100.9").retryAfterSeconds()).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(throttle.check("alice", "198.51.100.9").locked()).isFalse();
    }

    @Test
    void unknownNamesAreThrottledExactlyLikeRealOnes() {
        failTimes(10, "alice", "203.0.113.1");
        failTimes(10, "nobody-here", "203.0.113.2");
        LoginThrottle.Gate real = throttle.check("alice", "192.0.2.1");
        LoginThrottle.Gate unknown = throttle.check("nobody-here", "192.0.2.1");
        assertThat(unknown.locked()).isEqualTo(real.locked()).isTrue();
        assertThat(Math.abs(unknown.retryAfterSeconds() - real.retryAfterSeconds())).isLessThanOrEqualTo(2);
        assertThat(attempts.auditOf("account:nobody-here")).hasSize(1);
    }

    @Test
    void aHundredFailuresFromOneAddressLockItForEveryName() {
        for (int i = 0; i < 99; i++) {
            throttle.failed("guess-" + i, "203.0.113.50");
        }
        assertThat(throttle.check("alice", "203.0.113.50").locked()).isFalse();
        assertThat(throttle.failed("guess-99", "203.0.113.50")).contains(Duration.ofMinutes(1));
        assertThat(throttle.check("alice", "203.0.113.50").locked()).isTrue();
        assertThat(throttle.check("alice", "203.0.113.51").locked()).isFalse();
        LoginAuditEvent locked = attempts.auditOf("address:203.0.113.50").get(0);
        assertThat(locked.getAction()).isEqualTo(LoginAuditEvent.Action.LOCKED);
        assertThat(locked.getFailures()).isEqualTo(100);
        assertThat(locked.getLockSeconds()).isEqualTo(60);
    }

    @Test
    void successForgivesTheAccountButNotTheAddress() {
        failTimes(9, "alice", "203.0.113.1");
        LoginThrottle.Gate gate = throttle.check("alice", "203.0.113.1");
        assertThat(gate.accountFailed()).isTrue();
        throttle.succeeded("alice");
        assertThat(throttle.check("alice", "203.0.113.1").accountFailed()).isFalse();
        failTimes(9, "alice", "203.0.113.1");
        assertThat(throttle.check("alice", "203.0.113.1").locked()).isFalse();
        assertThat(attempts.rows.get("address:203.0.113.1").getFailures()).isEqualTo(18);
    }

    @Test
    void repeatedLockoutsGrow() {
        List<Long> locks = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            failTimes(9, "alice", "203.0.113.1");
            locks.add(throttle.failed("alice", "203.0.113.1").orElseThrow().toMinutes());
            now = now.plus(throttle.check("alice", null).retryAfter()).plusSeconds(1);
        }
        assertThat(locks).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void anAdminUnlocksAnAccountAndThatIsAudited() {
        failTimes(10, "alice", "203.0.113.1");
        Actor admin = new Actor(UUID.randomUUID(), "admin", EnumSet.of(Role.ADMIN));
        assertThat(throttle.unlock(admin, "alice")).isTrue();
        assertThat(throttle.check("alice", "192.0.2.1").locked()).isFalse();
        assertThat(throttle.unlock(admin, "alice")).isFalse();
        List<LoginAuditEvent> trail = attempts.auditOf("account:alice");
        assertThat(trail).extracting(LoginAuditEvent::getAction).containsExactly(LoginAuditEvent.Action.LOCKED,
                LoginAuditEvent.Action.UNLOCKED, LoginAuditEvent.Action.UNLOCKED);
        assertThat(trail.get(1).getActorId()).isEqualTo(admin.id());
        // the lockouts in a row start over: the next lock is a minute again
        failTimes(9, "alice", "203.0.113.1");
        assertThat(throttle.failed("alice", "203.0.113.1")).contains(Duration.ofMinutes(1));
        assertThatThrownBy(() -> throttle.unlock(admin, "ghost")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> throttle.unlock(admin, "al\0ice")).isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("No user by that name.");
    }

    @Test
    void logValuesCannotForgeLines() {
        assertThat(LoginThrottle.quote("a\"b\\c\nd\u2028")).isEqualTo("\"a\\\"b\\\\c\\u000ad\\u2028\"");
        assertThat(LoginThrottle.quote(null)).isEqualTo("-");
    }

    @Test
    void retryAfterRoundsUp() {
        assertThat(new LoginThrottle.Gate(Duration.ofMillis(1), false).retryAfterSeconds()).isEqualTo(1);
        assertThat(new LoginThrottle.Gate(Duration.ofMillis(59_001), false).retryAfterSeconds()).isEqualTo(60);
        assertThat(new LoginThrottle.Gate(Duration.ofSeconds(60), false).retryAfterSeconds()).isEqualTo(60);
    }
}
