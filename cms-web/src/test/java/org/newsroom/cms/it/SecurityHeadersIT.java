package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Security headers on every kind of response, over plain HTTP: JSON, problems (from JAX-RS, from the
 * container's error page, from a refused sign-in), an image, the Swagger UI page and /openapi.
 */
class SecurityHeadersIT extends AbstractApiIT {

    private static void assertHardened(String what, ApiClient.Reply reply) {
        assertThat(reply.header("X-Content-Type-Options")).as(what + " nosniff").isEqualTo("nosniff");
        assertThat(reply.header("Referrer-Policy")).as(what + " Referrer-Policy").isEqualTo("no-referrer");
        assertThat(reply.header("Content-Security-Policy")).as(what + " CSP").isNotNull()
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(reply.header("Strict-Transport-Security")).as(what + ": plain HTTP, no HSTS").isNull();
    }

    @Test
    void jsonAndProblemAnswersCarryTheHeaders() {
        ApiClient.Reply me = journalist.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertHardened("JSON", me);
        assertThat(me.header("Content-Security-Policy")).startsWith("default-src 'none'");

        ApiClient.Reply missing = journalist.get("/api/articles/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertHardened("JAX-RS problem", missing);

        ApiClient.Reply anonymous = newsroom.anonymous().get("/api/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertHardened("401 problem", anonymous);

        ApiClient.Reply wrong = ApiClient.as(base, Newsroom.username("nobody"), "wrong").get("/api/me",
                "X-Forwarded-For", "2001:db8:ffff:" + Integer.toHexString(new java.util.Random().nextInt(0x10000)) + "::1");
        assertThat(wrong.status()).isEqualTo(401);
        assertHardened("wrong password", wrong);

        ApiClient.Reply nowhere = newsroom.anonymous().get("/nothing-here-" + UUID.randomUUID());
        assertThat(nowhere.status()).isEqualTo(404);
        assertHardened("container 404", nowhere);

        ApiClient.Reply published = newsroom.anonymous().get("/api/public/articles");
        assertHardened("public API", published);
    }

    @Test
    void imagesCarryTheHeaders() {
        ApiClient.Reply png = newsroom.anonymous().get("/api/docs/favicon-32x32.png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertHardened("image", png);
    }

    @Test
    void theSwaggerUiPageMayRunOnlyItsOwnScripts() {
        ApiClient.Reply page = newsroom.anonymous().get("/api/docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertHardened("Swagger UI", page);
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "default-src 'none'", "base-uri 'none'");
        // so the policy costs the page nothing: every script is a file of ours, none inline
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.raw());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=");
            assertThat(scripts.group(2)).isBlank();
            String src = scripts.group(1).replaceAll(".*src=\"([^\"]+)\".*", "$1");
            ApiClient.Reply script = newsroom.anonymous().get("/api/docs/" + src);
            assertThat(script.status()).as(src).isEqualTo(200);
            assertThat(script.header("Content-Type")).as(src).startsWith("text/javascript");
        }
        assertThat(count).isEqualTo(3);
        assertThat(page.raw()).doesNotContain(" on" + "load=", " style=");
    }

    @Test
    void theOpenApiDocumentIsNotOpenToOtherOrigins() {
        for (String accept : List.of("application/json", "application/yaml")) {
            ApiClient.Reply doc = newsroom.anonymous().get("/openapi", "Accept", accept, "Origin", "https://evil.example");
            assertThat(doc.status()).isEqualTo(200);
            assertHardened("/openapi " + accept, doc);
            assertThat(doc.header("Access-Control-Allow-Origin")).as("no CORS grant").isNull();
            assertThat(doc.header("Access-Control-Allow-Credentials")).isNull();
        }
        ApiClient.Reply preflight = newsroom.anonymous().send("OPTIONS", "/openapi", null, "Origin",
                "https://evil.example", "Access-Control-Request-Method", "GET");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void hstsOnlyWhenATrustedProxySaysTheClientUsedTls() {
        // the IT trusts 127.0.0.1 as a proxy (CMS_TRUSTED_PROXIES); without that setting the header is ignored
        ApiClient.Reply overTls = journalist.get("/api/me", "X-Forwarded-Proto", "https");
        String trusted = System.getenv("CMS_TRUSTED_PROXIES");
        if (trusted != null && trusted.contains("127.0.0.1")) {
            assertThat(overTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        } else {
            assertThat(overTls.header("Strict-Transport-Security")).isNull();
        }
        assertThat(journalist.get("/api/me", "X-Forwarded-Proto", "http").header("Strict-Transport-Security")).isNull();
    }
}
