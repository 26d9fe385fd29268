package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Credentials that cannot belong to an account are a plain 401 problem, never a server error. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> me(byte[] credentials) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nulBytesAndUtf16CredentialsAre401ProblemsWithoutAStackTrace() throws Exception {
        for (byte[] credentials : new byte[][] {"adm\0in:x".getBytes(StandardCharsets.UTF_8),
                ("admin:" + Newsroom.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_16),
                "admin:x\0".getBytes(StandardCharsets.UTF_8)}) {
            HttpResponse<String> reply = me(credentials);
            assertThat(reply.statusCode()).isEqualTo(401);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(reply.body()).contains("\"status\":401").doesNotContain("Exception", "at org.", "WildFly",
                    "Undertow", "Hibernate");
        }
    }

    @Test
    void theRealPasswordStillSignsIn() throws Exception {
        assertThat(me(("admin:" + Newsroom.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }
}
