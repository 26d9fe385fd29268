package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: the bootstrap admin, fresh users with unique names (tests share one database), and a
 * direct JDBC connection to check what really got stored.
 */
final class Newsroom {

    static final String ADMIN_PASSWORD = "admin-it-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final URL base;
    final ApiClient admin;

    /** The section {@link #article} puts every article in. */
    static final String SECTION = "world";

    Newsroom(URL base) {
        this.base = base;
        this.admin = ApiClient.as(base, "admin", ADMIN_PASSWORD);
        section("World", SECTION);
    }

    /** Makes sure a section with this name and slug exists (tests share one database); returns the slug. */
    String section(String name, String slug) {
        ApiClient.Reply created = admin.post("/api/admin/sections", Map.of("name", name, "slug", slug));
        assertThat(created.status()).as(created.raw()).isIn(201, 409);
        return slug;
    }

    /** A newsroom account a test (or a browser) can sign in with. */
    record Account(String username, String password, ApiClient api) {
    }

    /** Creates a user with the given role and returns a client signed in as them. */
    ApiClient user(String prefix, String role) {
        return account(prefix, prefix, role).api();
    }

    /** Creates a user named after {@code prefix} (unique in the run) with this display name and role. */
    Account account(String prefix, String displayName, String role) {
        String username = username(prefix);
        String password = "secret-" + username;
        ApiClient.Reply created = admin.post("/api/admin/users",
                Map.of("username", username, "password", password, "displayName", displayName, "roles", List.of(role)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Account(username, password, ApiClient.as(base, username, password));
    }

    static String username(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    ApiClient anonymous() {
        return ApiClient.anonymous(base);
    }

    static Map<String, Object> article(String headline) {
        return Map.of("headline", headline, "standfirst", "Standfirst of " + headline,
                "body", "<p>First paragraph.</p><p>Second “paragraph”.</p>", "language", "id",
                "dateline", Map.of("place", "Jakarta", "source", "HanTer"), "section", SECTION);
    }

    /** A connection to the database WildFly uses (same POSTGRESQL_* environment). */
    static Connection database() throws SQLException {
        Map<String, String> env = System.getenv();
        return DriverManager.getConnection("jdbc:postgresql://" + env.get("POSTGRESQL_HOST") + ":"
                        + env.get("POSTGRESQL_PORT") + "/" + env.get("POSTGRESQL_DATABASE"),
                env.get("POSTGRESQL_USER"), env.get("POSTGRESQL_PASSWORD"));
    }
}
