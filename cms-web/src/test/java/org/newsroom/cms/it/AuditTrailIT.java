package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/admin/audit}: one trail across articles, users and plugins — user administration and plugin
 * changes are in it (in the transaction of the change), the bylines plugin's events arrive through the plugin
 * API, filters and keyset paging work, and bad parameters are 400s naming the parameter.
 */
class AuditTrailIT extends AbstractApiIT {

    /** A fresh admin, so that actor={name} selects exactly this test's events. */
    private Newsroom.Account admin() {
        return newsroom.account("auditor", "Auditor", "ADMIN");
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void userAdministrationIsAuditedWithoutPasswords() {
        Newsroom.Account admin = admin();
        ApiClient api = admin.api();
        String name = Newsroom.username("audited");
        assertThat(api.post("/api/admin/users", Map.of("username", name, "password", "first-long-password",
                "displayName", "Audited One", "roles", List.of("JOURNALIST"))).status()).isEqualTo(201);
        assertThat(api.put("/api/admin/users/" + name + "/roles", Map.of("roles", List.of("JOURNALIST", "EDITOR")))
                .status()).isEqualTo(200);
        assertThat(api.put("/api/admin/users/" + name + "/password", Map.of("password", "second-long-password"))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/admin/users/" + name + "/deactivate", null).status()).isEqualTo(200);
        assertThat(api.post("/api/admin/users/" + name + "/activate", null).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/admin/users/" + name + "/login-lock", null).status()).isEqualTo(204);
        // a refused change leaves no trace
        assertThat(api.put("/api/admin/users/" + name + "/roles", Map.of("roles", List.of())).status()).isEqualTo(422);

        ApiClient.Reply trail = api.get("/api/admin/audit?actor=" + admin.username());
        assertThat(trail.status()).as(trail.raw()).isEqualTo(200);
        JsonNode items = trail.json().path("items");
        assertThat(items.findValuesAsText("type")).containsExactly("USER_LOGIN_UNLOCKED", "USER_ACTIVATED",
                "USER_DEACTIVATED", "USER_PASSWORD_RESET", "USER_ROLES_CHANGED", "USER_CREATED");
        assertThat(items.findValuesAsText("subject")).containsOnly(name);
        assertThat(items.findValuesAsText("subjectType")).containsOnly("USER");
        assertThat(items.findValuesAsText("actor")).containsOnly(admin.username());
        JsonNode roles = items.get(4).path("details");
        assertThat(roles.path("old").toString()).isEqualTo("[\"JOURNALIST\"]");
        assertThat(roles.path("new").toString()).isEqualTo("[\"EDITOR\",\"JOURNALIST\"]");
        assertThat(items.get(5).path("details").path("displayName").asText()).isEqualTo("Audited One");
        assertThat(trail.raw()).doesNotContain("first-long-password", "second-long-password", "PBKDF2");
        assertThat(trail.json().path("next").isNull()).isTrue();
    }

    @Test
    void articleEventsCarryTheirHeadlineAndPluginChangesAreInTheSameTrail() {
        String headline = "Audited story " + System.nanoTime();
        String id = journalist.post("/api/articles", Newsroom.article(headline)).text("id");
        String writer = journalist.get("/api/me").text("username");
        JsonNode article = newsroom.admin.get("/api/admin/audit?actor=" + writer + "&type=ARTICLE")
                .json().path("items").get(0);
        assertThat(article.path("type").asText()).isEqualTo("CREATED");
        assertThat(article.path("articleId").asText()).isEqualTo(id);
        assertThat(article.path("subject").asText()).isEqualTo(id);
        assertThat(article.path("headline").asText()).isEqualTo(headline);
        // the per-article trail is unchanged
        assertThat(journalist.get("/api/articles/" + id + "/audit").json().findValuesAsText("action"))
                .containsExactly("CREATED");

        Newsroom.Account admin = admin();
        assertThat(admin.api().post("/api/admin/plugins/photo-captions/disable", null).status()).isEqualTo(200);
        assertThat(admin.api().post("/api/admin/plugins/photo-captions/enable", null).status()).isEqualTo(200);
        assertThat(admin.api().patch("/api/admin/plugins/photo-captions/config", Map.of("maxUploadMb", 21)).status())
                .isEqualTo(200);
        JsonNode plugins = admin.api().get("/api/admin/audit?actor=" + admin.username() + "&type=PLUGIN").json()
                .path("items");
        assertThat(plugins.findValuesAsText("type")).containsExactly("PLUGIN_CONFIGURED", "PLUGIN_ENABLED",
                "PLUGIN_DISABLED");
        assertThat(plugins.findValuesAsText("subject")).containsOnly("photo-captions");
        assertThat(plugins.get(0).path("details").path("new").asText()).contains("\"maxUploadMb\":21");
        // by event type across subject types
        assertThat(admin.api().get("/api/admin/audit?actor=" + admin.username() + "&type=PLUGIN_ENABLED,USER")
                .json().path("items").findValuesAsText("type")).containsExactly("PLUGIN_ENABLED");
        assertThat(admin.api().put("/api/admin/plugins/photo-captions/config", Map.of()).status()).isEqualTo(200);
        // the plugin's own audit view reads the same events
        assertThat(newsroom.admin.get("/api/admin/plugins/photo-captions/audit").json().findValuesAsText("action"))
                .containsSubsequence("DISABLED", "ENABLED", "CONFIGURED");
    }

    @Test
    void theBylinesPluginRecordsThroughThePluginApi() throws Exception {
        String editorName = editor.get("/api/me").text("username");
        ApiClient.Reply created = editor.post("/api/plugins/bylines/contributors",
                Map.of("displayName", "Guest " + System.nanoTime(), "guest", true));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String slug = created.text("slug");

        JsonNode items = newsroom.admin.get("/api/admin/audit?actor=" + editorName + "&type=PLUGIN").json()
                .path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("pluginId").asText()).isEqualTo("bylines");
        assertThat(items.get(0).path("type").asText()).isEqualTo("CREATED");
        assertThat(items.get(0).path("subject").asText()).isEqualTo(slug);
        assertThat(items.get(0).path("details").path("detail").asText()).contains("\"guest\": true");
        // the plugin's endpoint reads it back from the host's trail
        JsonNode own = editor.get("/api/plugins/bylines/audit?contributor=" + slug).json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("actor").asText()).isEqualTo(editorName);
        try (var db = Newsroom.database(); var s = db.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables "
                     + "where table_name = 'plg_bylines_audit'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("moved into the host trail by the plugin's V2").isZero();
        }
    }

    @Test
    void pagesAreKeyedByCursorAndTimesFilter() {
        Newsroom.Account admin = admin();
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String name = Newsroom.username("paged");
            made.add(name);
            assertThat(admin.api().post("/api/admin/users", Map.of("username", name, "password", "a-long-password",
                    "roles", List.of("JOURNALIST"))).status()).isEqualTo(201);
        }
        List<String> seen = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            ApiClient.Reply page = admin.api().get("/api/admin/audit?limit=2&actor=" + admin.username()
                    + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.json().path("items").forEach(item -> {
                seen.add(item.path("subject").asText());
                ids.add(item.path("id").asLong());
            });
            after = page.json().path("next").isNull() ? null : page.json().path("next").asText();
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(made);
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        // the server's clock may be shifted by other tests: times are taken from the events themselves
        String base = "/api/admin/audit?actor=" + admin.username();
        JsonNode all = admin.api().get(base).json().path("items");
        Instant newest = Instant.parse(all.get(0).path("at").asText());
        Instant oldest = Instant.parse(all.get(all.size() - 1).path("at").asText());
        assertThat(admin.api().get(base + "&from=" + q(newest.plus(1, ChronoUnit.DAYS).toString())).json()
                .path("items")).isEmpty();
        assertThat(admin.api().get(base + "&to=2000-01-01").json().path("items")).isEmpty();
        assertThat(admin.api().get(base + "&from=2000-01-01&to=" + q(newest.plusSeconds(1).toString()))
                .json().path("items")).hasSize(5);
        assertThat(admin.api().get(base + "&to=" + q(oldest.toString())).json().path("items"))
                .as("to is exclusive").isEmpty();
        assertThat(admin.api().get(base + "&from=" + q(oldest.atOffset(java.time.ZoneOffset.ofHours(7)).toString()))
                .json().path("items")).hasSize(5);
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "actor=" + q("Not A Name!"), "actor",
                "type=" + q("no spaces"), "type",
                "from=yesterday", "from",
                "from=2026-01-01T00:00:00", "from",
                "to=" + q("99999-01-01T00:00:00Z"), "to",
                "from=2026-02-01&to=2026-01-01", "to",
                "after=not-a-cursor", "after",
                "limit=0", "limit",
                "limit=101", "limit");
        bad.forEach((query, parameter) -> {
            ApiClient.Reply reply = newsroom.admin.get("/api/admin/audit?" + query);
            assertThat(reply.status()).as(query + " " + reply.raw()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().path("errors").findValuesAsText("field")).as(query).contains(parameter);
        });
        ApiClient.Reply notANumber = newsroom.admin.get("/api/admin/audit?limit=abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.raw()).contains("limit");
        // a well-formed name nobody has: simply nothing
        assertThat(newsroom.admin.get("/api/admin/audit?actor=nobody-" + System.nanoTime()).json().path("items"))
                .isEmpty();
        assertThat(editor.get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(newsroom.anonymous().get("/api/admin/audit").status()).isEqualTo(401);
    }
}
