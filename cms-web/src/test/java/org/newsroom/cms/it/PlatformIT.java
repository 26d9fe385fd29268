package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.migrations.MigrationRunner;
import org.postgresql.ds.PGSimpleDataSource;

/** The platform around the API: migrations at deployment, OpenAPI, and error shapes for bad requests. */
class PlatformIT extends AbstractApiIT {

    @Test
    void deploymentMigratedTheSchemaAndASecondRunAppliesNothing() throws Exception {
        try (Connection db = Newsroom.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*), bool_and(success) from flyway_schema_history "
                     + "where version is not null")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
            assertThat(rs.getBoolean(2)).isTrue();
        }
        Map<String, String> env = System.getenv();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://" + env.get("POSTGRESQL_HOST") + ":" + env.get("POSTGRESQL_PORT") + "/"
                + env.get("POSTGRESQL_DATABASE"));
        ds.setUser(env.get("POSTGRESQL_USER"));
        ds.setPassword(env.get("POSTGRESQL_PASSWORD"));
        MigrateResult again = new MigrationRunner((DataSource) ds).migrateCore();
        assertThat(again.migrationsExecuted).isZero();
    }

    @Test
    void openApiDocumentDescribesTheEndpoints() {
        ApiClient.Reply doc = ApiClient.anonymous(base).get("/openapi", "Accept", "application/json");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").fieldNames()).toIterable().contains(
                "/api/articles", "/api/articles/{id}", "/api/articles/{id}/transitions",
                "/api/articles/{id}/comments", "/api/articles/{id}/audit", "/api/admin/users",
                "/api/public/articles", "/api/public/articles/{slug}", "/api/me",
                // scanned: revisions, locks, scheduling, imports, ninjs, plugin admin
                "/api/articles/{id}/revisions/{a}/diff/{b}", "/api/articles/{id}/lock", "/api/articles/{id}/schedule",
                "/api/import/wire", "/api/import/ninjs", "/api/public/articles/{slug}.ninjs", "/api/admin/plugins",
                // from each plugin's own fragment (META-INF/openapi/<id>.yaml in its jar)
                "/api/articles/{articleId}/tagging/tags", "/api/public/tags/{slug}/articles",
                "/api/articles/{articleId}/bylines", "/api/public/contributors/{slug}",
                "/api/articles/{articleId}/photo-captions/photos", "/api/public/photos/{photoId}/{width}");
        // served by the WAR itself: no permissive CORS from the server's own OpenAPI handler
        assertThat(doc.headers().keySet().stream().map(String::toLowerCase))
                .doesNotContain("access-control-allow-origin", "access-control-allow-credentials");
        assertThat(doc.json().path("paths").path("/api/articles").path("post").path("responses").has("201")).isTrue();
        ApiClient.Reply yaml = ApiClient.anonymous(base).get("/openapi");
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.raw()).contains("openapi: 3.0.3", "operationId: createArticle");
    }

    @Test
    void swaggerUiShowsTheDocumentWithoutSigningIn() {
        ApiClient.Reply page = ApiClient.anonymous(base).get("/api/docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("swagger-ui-bundle.js", "start.js");
        ApiClient.Reply bundle = ApiClient.anonymous(base).get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.raw()).contains("SwaggerUIBundle");
        assertThat(ApiClient.anonymous(base).get("/api/docs/start.js").raw()).contains("/openapi");
        assertThat(ApiClient.anonymous(base).get("/api/docs/..%2Fweb.xml").status()).isEqualTo(404);
    }

    @Test
    void badRequestsGetProblemJsonNeverAStackTrace() {
        ApiClient admin = ApiClient.as(base, "admin", Newsroom.ADMIN_PASSWORD);
        Map<String, ApiClient.Reply> replies = Map.of(
                "401 no credentials", ApiClient.anonymous(base).get("/api/articles"),
                "404 unknown id", admin.get("/api/articles/" + UUID.randomUUID()),
                "404 not a uuid", admin.get("/api/articles/not-a-uuid"),
                "404 unknown path", admin.get("/api/no-such-thing"),
                "405 wrong method", admin.send("DELETE", "/api/articles", null),
                "400 unknown field", admin.post("/api/articles", Map.of("headlien", "typo")),
                "400 wrong shape", admin.post("/api/articles", "[1, 2]"),
                "400 bad status filter", admin.get("/api/articles?status=LIVE"),
                "422 empty body", admin.post("/api/articles", null, "Content-Type", "application/json"),
                "415 not json", admin.post("/api/articles/" + UUID.randomUUID() + "/transitions", null,
                        "Content-Type", "text/plain"));
        replies.forEach((expectation, reply) -> {
            int expected = Integer.parseInt(expectation.substring(0, 3));
            assertThat(reply.status()).as(expectation + ": " + reply.raw()).isEqualTo(expected);
            assertThat(reply.header("Content-Type")).as(expectation).startsWith("application/problem+json");
            assertThat(reply.json().path("status").asInt()).as(expectation).isEqualTo(expected);
            assertThat(reply.text("detail")).as(expectation).isNotBlank();
            assertThat(reply.raw()).as(expectation).doesNotContain("Exception", "\tat ", "RESTEASY");
        });
        assertThat(replies.get("400 unknown field").text("detail")).contains("headlien");
        assertThat(replies.get("401 no credentials").header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void validationListsEveryBadField() {
        ApiClient admin = ApiClient.as(base, "admin", Newsroom.ADMIN_PASSWORD);
        ApiClient.Reply reply = admin.post("/api/articles", Map.of("headline", "", "language", "not a language",
                "slug", "Not A Slug", "dateline", Map.of("place", "x".repeat(500))));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("headline", "language", "slug", "dateline.place");
    }
}
