package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/me}: each user changes their display name, UI language and password (with the current one);
 * the newsroom pages follow the account's language; a password change ends the user's other sessions only.
 */
class ProfileIT extends AbstractApiIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A browser without a language cookie: the session cookie and its CSRF token. */
    private final class Browserless {
        final Map<String, String> cookies = new java.util.LinkedHashMap<>();
        String csrf;

        String cookie() {
            return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Accept", "text/html");
            if (contentType != null) {
                r.header("Content-Type", contentType);
            }
            if (!cookies.isEmpty()) {
                r.header("Cookie", cookie());
            }
            for (int i = 0; i < headers.length; i += 2) {
                r.setHeader(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, pair.indexOf('=')));
                } else {
                    cookies.put(pair.substring(0, pair.indexOf('=')), value);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        Browserless signIn(String username, String password) throws IOException, InterruptedException {
            send("GET", "/newsroom/login", null, null, "Accept-Language", "en");
            HttpResponse<String> answer = send("POST", "/newsroom/login", "application/x-www-form-urlencoded",
                    "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&_csrf=" + csrf + "&next=/newsroom/", "Accept-Language", "en");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
            assertThat(status("/newsroom/")).as("signed in; the page carries the session's CSRF token").isEqualTo(200);
            return this;
        }

        int status(String path) throws IOException, InterruptedException {
            return send("GET", path, null, null, "Accept-Language", "en").statusCode();
        }
    }

    @Test
    void displayNameAndLanguageChangeAndAreAudited() throws Exception {
        Newsroom.Account me = newsroom.account("profile", "Old Name", "JOURNALIST");
        ApiClient.Reply changed = me.api().put("/api/me", Map.of("displayName", "  Hermansyah  ", "language", "id"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("displayName")).isEqualTo("Hermansyah");
        assertThat(changed.text("language")).isEqualTo("id");
        JsonNode now = me.api().get("/api/me").json();
        assertThat(now.path("displayName").asText()).isEqualTo("Hermansyah");
        assertThat(now.path("language").asText()).isEqualTo("id");

        JsonNode event = newsroom.admin.get("/api/admin/audit?actor=" + me.username()).json().path("items").get(0);
        assertThat(event.path("type").asText()).isEqualTo("USER_PROFILE_CHANGED");
        assertThat(event.path("subject").asText()).isEqualTo(me.username());
        assertThat(event.path("details").path("displayName").path("old").asText()).isEqualTo("Old Name");
        assertThat(event.path("details").path("displayName").path("new").asText()).isEqualTo("Hermansyah");
        assertThat(event.path("details").path("uiLanguage").path("new").asText()).isEqualTo("id");

        // fields left out stay; "" forgets the language
        assertThat(me.api().put("/api/me", Map.of("language", "")).text("displayName")).isEqualTo("Hermansyah");
        assertThat(me.api().get("/api/me").json().path("language").isNull()).isTrue();
    }

    @Test
    void badValuesAreReportedTogetherAndNothingIsSaved() {
        Newsroom.Account me = newsroom.account("profbad", "Kept Name", "JOURNALIST");
        ApiClient.Reply bad = me.api().put("/api/me", Map.of("displayName", "x".repeat(201), "language", "fr",
                "newPassword", "short"));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("displayName", "language", "newPassword", "currentPassword");
        assertThat(me.api().put("/api/me", Map.of("displayName", "   ")).status()).isEqualTo(422);
        assertThat(me.api().get("/api/me").text("displayName")).isEqualTo("Kept Name");
        assertThat(me.api().put("/api/me", "{\"displayName\": 5}").status()).isEqualTo(400);
        assertThat(me.api().put("/api/me", "{\"nickname\": \"x\"}").status()).isEqualTo(400);
        assertThat(newsroom.anonymous().put("/api/me", Map.of("displayName", "x")).status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOneAndEndsTheOtherSessionsOnly() throws Exception {
        Newsroom.Account me = newsroom.account("profpw", "Pass Word", "JOURNALIST");
        Map<String, Object> wrong = new HashMap<>(Map.of("currentPassword", "not-my-password",
                "newPassword", "a-brand-new-password"));
        ApiClient.Reply refused = me.api().put("/api/me", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("currentPassword");
        assertThat(refused.raw()).contains("not your current password");
        ApiClient.Reply missing = me.api().put("/api/me", Map.of("newPassword", "a-brand-new-password"));
        assertThat(missing.json().path("errors").findValuesAsText("field")).containsExactly("currentPassword");
        assertThat(ApiClient.as(base, me.username(), me.password()).get("/api/me").status()).isEqualTo(200);

        Browserless changing = new Browserless().signIn(me.username(), me.password());
        Browserless other = new Browserless().signIn(me.username(), me.password());
        assertThat(other.status("/newsroom/")).isEqualTo(200);
        HttpResponse<String> changed = changing.send("PUT", "/api/me", "application/json",
                "{\"currentPassword\": \"" + me.password() + "\", \"newPassword\": \"a-brand-new-password\"}",
                "X-CSRF-Token", changing.csrf, "Accept", "application/json");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).doesNotContain("a-brand-new-password");

        assertThat(changing.status("/newsroom/")).as("the session that changed it stays").isEqualTo(200);
        assertThat(other.status("/newsroom/")).as("every other session ends").isEqualTo(302);
        assertThat(ApiClient.as(base, me.username(), me.password()).get("/api/me").status()).isEqualTo(401);
        assertThat(ApiClient.as(base, me.username(), "a-brand-new-password").get("/api/me").status()).isEqualTo(200);
        assertThat(newsroom.admin.get("/api/admin/audit?actor=" + me.username()).json().path("items")
                .findValuesAsText("type")).containsExactly("USER_PASSWORD_CHANGED");
    }

    @Test
    void theNewsroomPagesFollowTheAccountsLanguageUnlessTheBrowserChoseOne() throws Exception {
        Newsroom.Account me = newsroom.account("proflang", "Lang User", "JOURNALIST");
        Browserless browser = new Browserless().signIn(me.username(), me.password());
        assertThat(browser.send("GET", "/newsroom/profile", null, null, "Accept-Language", "en").body())
                .contains("<html lang=\"en\"");
        assertThat(me.api().put("/api/me", Map.of("language", "id")).status()).isEqualTo(200);
        assertThat(browser.send("GET", "/newsroom/profile", null, null, "Accept-Language", "en").body())
                .as("the next page, in the account's language").contains("<html lang=\"id\"");
        assertThat(browser.send("GET", "/newsroom/profile", null, null, "Accept-Language", "en",
                "Cookie", browser.cookie() + "; cms_lang=en").body()).as("this browser's own choice wins")
                .contains("<html lang=\"en\"");
    }
}
