package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Accounts and roles: only admins manage them, and changes apply from the next request on. */
class UserAdminIT extends AbstractApiIT {

    @Test
    void bootstrapAdminExistsWithThePasswordFromTheEnvironment() {
        ApiClient.Reply me = newsroom.admin.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo("admin");
        assertThat(me.json().path("roles").toString()).contains("ADMIN");
    }

    @Test
    void createdUsersCanSignInAndPasswordsAreStoredHashed() throws Exception {
        String name = Newsroom.username("reporter");
        ApiClient.Reply created = newsroom.admin.post("/api/admin/users",
                Map.of("username", name, "password", "a-long-password", "roles", List.of("JOURNALIST")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/admin/users/" + name);
        assertThat(created.raw()).doesNotContain("a-long-password").doesNotContain("passwordHash");
        assertThat(ApiClient.as(base, name, "a-long-password").get("/api/me").status()).isEqualTo(200);
        assertThat(ApiClient.as(base, name, "wrong-password").get("/api/me").status()).isEqualTo(401);

        try (var db = Newsroom.database();
             var q = db.prepareStatement("select password_hash from cms_user where username = ?")) {
            q.setString(1, name);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("PBKDF2WithHmacSHA256:").doesNotContain("a-long-password");
            }
        }
    }

    @Test
    void duplicateUsernamesAndBadInputAreRefused() {
        String name = Newsroom.username("dup");
        Map<String, Object> user = Map.of("username", name, "password", "a-long-password", "roles", List.of("EDITOR"));
        assertThat(newsroom.admin.post("/api/admin/users", user).status()).isEqualTo(201);
        ApiClient.Reply again = newsroom.admin.post("/api/admin/users", user);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("taken");

        ApiClient.Reply bad = newsroom.admin.post("/api/admin/users",
                Map.of("username", "No Spaces", "password", "short", "roles", List.of()));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("username", "password", "roles");

        ApiClient.Reply badRole = newsroom.admin.post("/api/admin/users",
                Map.of("username", Newsroom.username("x"), "password", "a-long-password", "roles", List.of("CHIEF")));
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.raw()).contains("CHIEF");
    }

    @Test
    void onlyAdminsManageUsers() {
        ApiClient editor = newsroom.user("editor", "EDITOR");
        ApiClient.Reply list = editor.get("/api/admin/users");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.header("Content-Type")).startsWith("application/problem+json");
        assertThat(editor.post("/api/admin/users", Map.of("username", Newsroom.username("y"),
                "password", "a-long-password", "roles", List.of("ADMIN"))).status()).isEqualTo(403);
        assertThat(newsroom.anonymous().get("/api/admin/users").status()).isEqualTo(401);
        assertThat(newsroom.admin.get("/api/admin/users").json().findValuesAsText("username")).contains("admin");
    }

    @Test
    void roleChangesAndDeactivationTakeEffectImmediately() {
        ApiClient journalist = newsroom.user("promoted", "JOURNALIST");
        String name = journalist.get("/api/me").text("username");
        assertThat(journalist.get("/api/admin/users").status()).isEqualTo(403);

        ApiClient.Reply promoted = newsroom.admin.put("/api/admin/users/" + name + "/roles",
                Map.of("roles", List.of("JOURNALIST", "ADMIN")));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(journalist.get("/api/admin/users").status()).isEqualTo(200);

        assertThat(newsroom.admin.post("/api/admin/users/" + name + "/deactivate", null).status()).isEqualTo(200);
        assertThat(journalist.get("/api/me").status()).isEqualTo(401);
        assertThat(newsroom.admin.post("/api/admin/users/" + name + "/activate", null).status()).isEqualTo(200);
        assertThat(journalist.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void passwordResetInvalidatesTheOldPassword() {
        String name = Newsroom.username("reset");
        newsroom.admin.post("/api/admin/users", Map.of("username", name, "password", "first-password",
                "roles", List.of("JOURNALIST")));
        ApiClient old = ApiClient.as(base, name, "first-password");
        assertThat(old.get("/api/me").status()).isEqualTo(200);
        assertThat(newsroom.admin.put("/api/admin/users/" + name + "/password",
                Map.of("password", "second-password")).status()).isEqualTo(200);
        assertThat(old.get("/api/me").status()).isEqualTo(401);
        assertThat(ApiClient.as(base, name, "second-password").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        ApiClient.Reply demote = newsroom.admin.put("/api/admin/users/admin/roles", Map.of("roles", List.of("EDITOR")));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(newsroom.admin.post("/api/admin/users/admin/deactivate", null).status()).isEqualTo(409);
        assertThat(newsroom.admin.get("/api/me").status()).isEqualTo(200);
        assertThat(newsroom.admin.get("/api/admin/users/nobody-here").status()).isEqualTo(404);
    }
}
