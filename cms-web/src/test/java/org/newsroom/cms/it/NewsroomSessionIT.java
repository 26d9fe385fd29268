package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsroom's session sign-in over plain HTTP: the cookie's attributes, CSRF on every state-changing request
 * the cookie authenticates (forms and the API alike; Basic needs none), the workflow's role checks behind forged
 * forms, revocation on role and password changes, sign out everywhere, and the newsroom's HTML error pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    String username;
    String password;
    ApiClient journalist;

    @BeforeEach
    void journalist() {
        newsroom = new Newsroom(base);
        Newsroom.Account account = newsroom.account("session", "Session Test", "JOURNALIST");
        username = account.username();
        password = account.password();
        journalist = account.api();
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOnlyBehindTls() throws Exception {
        PageSession plain = new PageSession(base);
        plain.get("/newsroom/login");
        HttpResponse<String> signedIn = plain.send("POST", "/newsroom/login", "application/x-www-form-urlencoded",
                "username=" + username + "&password=" + password + "&_csrf=" + plain.csrf + "&next=/newsroom/");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cms_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/newsroom/");

        PageSession tls = new PageSession(base);
        tls.send("GET", "/newsroom/login", null, null, "X-Forwarded-Proto", "https");
        HttpResponse<String> overTls = tls.send("POST", "/newsroom/login", "application/x-www-form-urlencoded",
                "username=" + username + "&password=" + password + "&_csrf=" + tls.csrf, "X-Forwarded-Proto", "https");
        assertThat(overTls.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cms_session="))
                .findFirst().orElseThrow()).contains("Secure");
    }

    @Test
    void signInRefusesWrongPasswordsAndFormsFromElsewhere() throws Exception {
        PageSession session = new PageSession(base);
        session.get("/newsroom/login");
        HttpResponse<String> wrong = session.form("/newsroom/login", Map.of("username", username, "password", "nope",
                "_csrf", session.csrf));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong username or password");
        assertThat(session.cookies).doesNotContainKey("cms_session");

        PageSession forged = new PageSession(base);
        HttpResponse<String> noToken = forged.form("/newsroom/login", Map.of("username", username, "password", password));
        assertThat(noToken.statusCode()).as("login CSRF").isEqualTo(403);
        assertThat(forged.cookies).doesNotContainKey("cms_session");
    }

    @Test
    void everyStateChangeByTheSessionNeedsItsCsrfToken() throws Exception {
        PageSession session = new PageSession(base).signIn(username, password);
        long before = journalist.get("/api/articles?author=" + username).json().path("total").asLong();

        HttpResponse<String> noToken = session.form("/newsroom/articles/new", Map.of("headline", "Forged " + UUID.randomUUID()));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(noToken.body()).contains("Form expired");
        HttpResponse<String> wrongToken = session.form("/newsroom/articles/new",
                Map.of("headline", "Forged " + UUID.randomUUID(), "_csrf", "x" + session.csrf));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(journalist.get("/api/articles?author=" + username).json().path("total").asLong()).isEqualTo(before);

        HttpResponse<String> created = session.form("/newsroom/articles/new",
                Map.of("headline", "Ditulis di ruang redaksi", "body", "<p>Isi “berita”.</p>", "_csrf", session.csrf));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/articles/([^?]+).*", "$1");
        assertThat(journalist.get("/api/articles/" + id).text("body")).isEqualTo("<p>Isi “berita”.</p>");

        // the API through the session cookie: the header token, or 403
        HttpResponse<String> apiWithout = session.send("POST", "/api/articles/" + id + "/comments", "application/json",
                "{\"body\": \"via the cookie\"}", "Accept", "application/json");
        assertThat(apiWithout.statusCode()).isEqualTo(403);
        assertThat(apiWithout.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> apiWith = session.send("POST", "/api/articles/" + id + "/comments", "application/json",
                "{\"body\": \"via the cookie\"}", "X-CSRF-Token", session.csrf, "Accept", "application/json");
        assertThat(apiWith.statusCode()).as(apiWith.body()).isEqualTo(201);
        // Basic needs none
        assertThat(journalist.post("/api/articles/" + id + "/comments", Map.of("body", "via Basic")).status()).isEqualTo(201);
    }

    @Test
    void aJournalistCannotReachAnEditorsActionByAForgedForm() throws Exception {
        PageSession session = new PageSession(base).signIn(username, password);
        String id = journalist.post("/api/articles", Newsroom.article("Sidang kabinet " + UUID.randomUUID())).text("id");
        ApiClient.Reply submitted = journalist.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        session.get("/newsroom/articles/" + id + "/review");
        assertThat(session.last.body()).doesNotContain("value=\"PUBLISHED\"").doesNotContain("value=\"APPROVED\"");

        HttpResponse<String> forged = session.form("/newsroom/articles/" + id + "/transitions",
                Map.of("target", "PUBLISHED", "_csrf", session.csrf, "from", "review"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Not allowed");
        assertThat(journalist.get("/api/articles/" + id).text("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void roleAndPasswordChangesAndSignOutEverywhereEndSessionsAtOnce() throws Exception {
        PageSession first = new PageSession(base).signIn(username, password);
        PageSession second = new PageSession(base).signIn(username, password);

        assertThat(newsroom.admin.put("/api/admin/users/" + username + "/roles", Map.of("roles", List.of("EDITOR")))
                .status()).isEqualTo(200);
        assertThat(first.get("/newsroom/").statusCode()).as("roles changed").isEqualTo(302);
        assertThat(first.last.headers().firstValue("Location").orElse("")).contains("/newsroom/login?next=");

        PageSession third = new PageSession(base).signIn(username, password);
        assertThat(second.get("/newsroom/").statusCode()).isEqualTo(302);
        third.form("/newsroom/profile/sign-out-everywhere", Map.of("_csrf", third.csrf));
        assertThat(third.get("/newsroom/").statusCode()).isEqualTo(302);

        PageSession fourth = new PageSession(base).signIn(username, password);
        assertThat(newsroom.admin.put("/api/admin/users/" + username + "/password", Map.of("password", "a-new-secret-123"))
                .status()).isIn(200, 204);
        assertThat(fourth.get("/newsroom/").statusCode()).as("password changed").isEqualTo(302);

        PageSession fifth = new PageSession(base).signIn(username, "a-new-secret-123");
        fifth.form("/newsroom/logout", Map.of("_csrf", fifth.csrf));
        assertThat(fifth.get("/newsroom/").statusCode()).isEqualTo(302);
    }

    @Test
    void newsroomErrorsArePagesNotJson() throws Exception {
        PageSession session = new PageSession(base).signIn(username, password);
        HttpResponse<String> missing = session.get("/newsroom/articles/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("<h1>Not found</h1>").doesNotContain("Exception");
        HttpResponse<String> nothing = session.get("/newsroom/no-such-page");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("<h1>Not found</h1>");
        HttpResponse<String> root = session.get("/"); // the public site's front page now
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("class=\"site-header\"");
    }

    @Test
    void theUiSpeaksIndonesianToAnIndonesianBrowserOrByChoice() throws Exception {
        PageSession indonesian = new PageSession(base);
        HttpResponse<String> login = indonesian.send("GET", "/newsroom/login", null, null, "Accept-Language", "id-ID,id;q=0.9,en;q=0.5");
        assertThat(login.body()).contains("<html lang=\"id\">").contains(">Nama pengguna</label>")
                .contains(">Kata sandi</label>").contains(">Masuk</button>");
        PageSession english = new PageSession(base);
        english.get("/newsroom/login");
        english.form("/newsroom/language", Map.of("lang", "id"));
        assertThat(english.cookies).containsEntry("cms_lang", "id");
        assertThat(english.get("/newsroom/login").body()).contains(">Masuk</button>");
        english.signIn(username, password);
        assertThat(english.get("/newsroom/").body()).contains("Artikel baru").contains("Keluar").contains("Draf saya");
        english.get("/newsroom/articles/new");
        HttpResponse<String> refused = english.form("/newsroom/articles/new", Map.of("headline", " ", "_csrf", english.csrf));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).as("errors in the UI's language").contains("wajib diisi.");
    }
}
