package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling against the server: 10 failures lock an account name (real or not) with 429 and
 * Retry-After, from every address; the locks grow; a success forgives; an admin unlocks; 100 failures
 * from one client address lock that address; and timing does not tell which names exist.
 * <p>
 * Every test uses its own accounts and its own made-up client addresses (documentation ranges, sent as
 * {@code X-Forwarded-For}, which the server believes because the IT runs with
 * {@code CMS_TRUSTED_PROXIES=127.0.0.1}), so the suite never locks out itself, another test or {@code admin}.
 */
class LoginThrottleIT extends AbstractApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Account(String username, String password) {
    }

    private Account account() {
        String username = Newsroom.username("throttled");
        String password = "secret-" + username;
        ApiClient.Reply created = newsroom.admin.post("/api/admin/users", Map.of("username", username,
                "password", password, "displayName", "Throttled", "roles", List.of("JOURNALIST")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Account(username, password);
    }

    /** A client address of our own, never used by another test or run: a random /64 of 2001:db8::/32. */
    private static String address() {
        return String.format("2001:db8:%x:%x::1", RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000));
    }

    private ApiClient.Reply signIn(String username, String password, String address) {
        return ApiClient.as(base, username, password).get("/api/me", "X-Forwarded-For", address);
    }

    private void failTimes(int n, String username, String address) {
        for (int i = 0; i < n; i++) {
            ApiClient.Reply reply = signIn(username, "wrong-password-" + i, address);
            assertThat(reply.status()).as("failure %d of %s: %s", i + 1, username, reply.raw()).isEqualTo(401);
        }
    }

    private static void assertThrottled(ApiClient.Reply reply, long min, long max) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(min, max);
        assertThat(reply.text("type")).isEqualTo("urn:newsroom-cms:problem:sign-in-throttled");
        assertThat(reply.json().path("status").asInt()).isEqualTo(429);
        assertThat(reply.json().path("retryAfter").asLong()).isEqualTo(Long.parseLong(reply.header("Retry-After")));
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.raw()).doesNotContain("Exception", "at org.", "WildFly", "Undertow");
    }

    private static List<Map<String, Object>> audit(String subject) throws SQLException {
        try (Connection db = Newsroom.database(); PreparedStatement q = db.prepareStatement(
                "select action, failures, lock_seconds, address, actor_id from login_audit where subject = ? order by id")) {
            q.setString(1, subject);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(Map.of("action", rs.getString(1), "failures", rs.getInt(2),
                            "lockSeconds", rs.getObject(3) == null ? -1 : rs.getInt(3),
                            "address", String.valueOf(rs.getString(4)), "actor", String.valueOf(rs.getObject(5))));
                }
            }
            return rows;
        }
    }

    /** Whether the server takes X-Forwarded-For from this client (CMS_TRUSTED_PROXIES has 127.0.0.1). */
    private boolean forwardedForIsBelieved() throws SQLException {
        String address = "203.0.113." + (1 + RANDOM.nextInt(254));
        signIn(Newsroom.username("probe"), "wrong", address);
        try (Connection db = Newsroom.database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from login_throttle where subject = ?")) {
            q.setString(1, "address:" + address);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void tenWrongPasswordsLockTheAccountFromEveryAddressWith429AndRetryAfter() throws Exception {
        Account alice = account();
        String address = address();
        failTimes(10, alice.username(), address);
        // now even the right password, from anywhere, is refused at once: a lock cannot be used to test guesses
        assertThrottled(signIn(alice.username(), alice.password(), address()), 50, 60);
        assertThrottled(signIn(alice.username(), "yet another guess", address), 50, 60);
        // per account: someone else at the same address signs in
        Account bob = account();
        assertThat(signIn(bob.username(), bob.password(), address).status()).isEqualTo(200);

        List<Map<String, Object>> trail = audit("account:" + alice.username());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0)).containsEntry("action", "LOCKED").containsEntry("failures", 10)
                .containsEntry("lockSeconds", 60);
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("login-lockout subject=\"account:" + alice.username() + "\"");
    }

    @Test
    void unknownNamesAreThrottledExactlyLikeRealOnes() throws Exception {
        Account real = account();
        String ghost = Newsroom.username("nobody");
        String address = address();
        failTimes(10, real.username(), address);
        failTimes(10, ghost, address);
        ApiClient.Reply realReply = signIn(real.username(), "guess", address());
        ApiClient.Reply ghostReply = signIn(ghost, "guess", address());
        assertThrottled(realReply, 50, 60);
        assertThrottled(ghostReply, 50, 60);
        assertThat(ghostReply.text("detail").replaceAll("\\d+ s", "N s"))
                .isEqualTo(realReply.text("detail").replaceAll("\\d+ s", "N s"));
        assertThat(ghostReply.headers().keySet()).containsExactlyInAnyOrderElementsOf(realReply.headers().keySet());
        assertThat(audit("account:" + ghost)).hasSize(1);
    }

    @Test
    void aSuccessForgivesTheAccountsFailures() {
        Account alice = account();
        String address = address();
        failTimes(9, alice.username(), address);
        assertThat(signIn(alice.username(), alice.password(), address).status()).isEqualTo(200);
        failTimes(9, alice.username(), address);
        assertThat(signIn(alice.username(), alice.password(), address).status()).isEqualTo(200);
    }

    @Test
    void repeatedLockoutsLastLonger() throws Exception {
        Account alice = account();
        String address = address();
        failTimes(10, alice.username(), address);
        assertThrottled(signIn(alice.username(), alice.password(), address), 50, 60);
        // the minute passes (moved back in the database rather than waited for)
        try (Connection db = Newsroom.database(); PreparedStatement expire = db.prepareStatement(
                "update login_throttle set locked_until = now() - interval '1 second' where subject = ?")) {
            expire.setString(1, "account:" + alice.username());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        failTimes(10, alice.username(), address);
        assertThrottled(signIn(alice.username(), alice.password(), address), 110, 120);
        assertThat(audit("account:" + alice.username())).extracting(r -> r.get("lockSeconds"))
                .containsExactly(60, 120);
    }

    @Test
    void anAdminLiftsTheLockAndThatIsAudited() throws Exception {
        Account alice = account();
        String address = address();
        failTimes(10, alice.username(), address);
        assertThrottled(signIn(alice.username(), alice.password(), address), 50, 60);

        String path = "/api/admin/users/" + alice.username() + "/login-lock";
        assertThat(editor.send("DELETE", path, null).status()).isEqualTo(403);
        ApiClient.Reply unlocked = newsroom.admin.send("DELETE", path, null);
        assertThat(unlocked.status()).as(unlocked.raw()).isEqualTo(204);
        assertThat(signIn(alice.username(), alice.password(), address).status()).isEqualTo(200);
        assertThat(newsroom.admin.send("DELETE", path, null).status()).as("idempotent").isEqualTo(204);

        ApiClient.Reply unknown = newsroom.admin.send("DELETE", "/api/admin/users/" + Newsroom.username("ghost")
                + "/login-lock", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        String adminId;
        try (Connection db = Newsroom.database(); ResultSet rs = db.createStatement()
                .executeQuery("select id from cms_user where username = 'admin'")) {
            rs.next();
            adminId = rs.getString(1);
        }
        assertThat(audit("account:" + alice.username())).extracting(r -> r.get("action") + " " + r.get("actor"))
                .containsExactly("LOCKED null", "UNLOCKED " + adminId, "UNLOCKED " + adminId);
        // a fresh start: ten more failures are needed for the next (one-minute) lock
        failTimes(10, alice.username(), address);
        assertThrottled(signIn(alice.username(), alice.password(), address), 50, 60);
    }

    @Test
    void aHundredFailuresFromOneAddressLockThatAddressForEveryName() throws Exception {
        assumeTrue(forwardedForIsBelieved(), "needs CMS_TRUSTED_PROXIES=127.0.0.1 in the failsafe environment");
        String address = "203.0.113." + (1 + RANDOM.nextInt(254));
        for (int i = 0; i < 100; i++) {
            // a different name each time: no account reaches its own limit
            ApiClient.Reply reply = signIn(Newsroom.username("spray"), "password123", address);
            assertThat(reply.status()).as("failure %d: %s", i + 1, reply.raw()).isEqualTo(401);
        }
        Account alice = account();
        assertThrottled(signIn(alice.username(), alice.password(), address), 50, 60);
        assertThat(signIn(alice.username(), alice.password(), address()).status()).as("from elsewhere")
                .isEqualTo(200);
        assertThat(audit("address:" + address)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("failures", 100).containsEntry("address", address));
    }

    @Test
    void aWrongPasswordTakesAsLongForANameThatDoesNotExist() {
        Account real = account();
        String address = address();
        List<Long> existing = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        signIn(Newsroom.username("warm-up"), "guess", address);
        for (int i = 0; i < 10; i++) {
            existing.add(timed(real.username(), address));
            unknown.add(timed(Newsroom.username("nobody"), address));
        }
        double e = median(existing) / 1e6;
        double u = median(unknown) / 1e6;
        System.out.printf("Wrong password, median of 10: existing user %.1f ms, unknown user %.1f ms%n", e, u);
        assertThat(Math.abs(e - u) / Math.max(e, u)).as("existing %.1f ms vs unknown %.1f ms", e, u)
                .isLessThan(0.30);
    }

    private long timed(String username, String address) {
        long start = System.nanoTime();
        ApiClient.Reply reply = signIn(username, "not-the-password", address);
        long took = System.nanoTime() - start;
        assertThat(reply.status()).isEqualTo(401);
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
