package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus text on the management interface ({@code GET /metrics}, port 9990) and the event log lines
 * in {@code server.log}: counters move with what the test does, and each editorial change writes one line.
 */
class MetricsIT extends AbstractApiIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    private String metrics() {
        ApiClient.Reply reply = Management.client(base).get("/metrics");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.raw();
    }

    /**
     * The value of the series {@code name} with these labels ({@code "group", "feeds", …}; others, such as the
     * {@code WF_DEPLOYMENT} WildFly adds, may be there too); 0 when it is not there yet.
     */
    private static double value(String metrics, String name, String... labels) {
        Matcher lines = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$")
                .matcher(metrics);
        while (lines.find()) {
            String set = lines.group(1) == null ? "" : lines.group(1);
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                all &= set.matches(".*[{,]" + Pattern.quote(labels[i]) + "=\"" + Pattern.quote(labels[i + 1]) + "\"[,}].*");
            }
            if (all) {
                return Double.parseDouble(lines.group(2));
            }
        }
        return 0;
    }

    @Test
    void requestsAreCountedByEndpointGroupNeverByUrl() {
        String[] feeds2xx = {"group", "feeds", "status", "2xx"};
        String count = "cms_http_requests_seconds_count";
        double before = value(metrics(), count, feeds2xx);
        for (int i = 0; i < 3; i++) {
            assertThat(newsroom.anonymous().get("/feed.atom").status()).isEqualTo(200);
        }
        assertThat(newsroom.anonymous().get("/no-such-page-" + UUID.randomUUID()).status()).isEqualTo(404);
        String after = metrics();
        assertThat(value(after, count, feeds2xx)).isEqualTo(before + 3);
        assertThat(value(after, count, "group", "site", "status", "4xx")).isPositive();
        assertThat(value(after, "cms_http_requests_seconds_sum", feeds2xx)).isPositive();
        assertThat(value(after, "cms_http_requests_seconds_max", feeds2xx)).isPositive();
        // the fixed groups and status classes only: no path ever becomes a label
        assertThat(after).doesNotContain("no-such-page", "feed.atom");
        Matcher groups = Pattern.compile("cms_http_requests_seconds_count\\{[^}]*\\bgroup=\"([^\"]+)\"").matcher(after);
        while (groups.find()) {
            assertThat(groups.group(1)).isIn("public-api", "site", "newsroom-api", "newsroom-ui", "feeds", "other");
        }
    }

    @Test
    void aPublicationCountsOnceAndWritesOneEventLine() throws IOException {
        String id = approvedArticle();
        String path = "/api/articles/" + id;
        double before = value(metrics(), "cms_publishes_total", "via", "editor");

        ApiClient.Reply published = move(editor, path, "PUBLISHED", null);
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        String slug = published.text("slug");
        assertThat(value(metrics(), "cms_publishes_total", "via", "editor")).isEqualTo(before + 1);
        // a refused second publication (409) is no publication
        assertThat(move(editor, path, "PUBLISHED", null).status()).isEqualTo(409);
        assertThat(value(metrics(), "cms_publishes_total", "via", "editor")).isEqualTo(before + 1);

        assertThat(eventLines("event=publish article=" + id + " "))
                .containsExactly("event=publish article=" + id + " slug=" + slug + " user=" + editorName()
                        + " revision=1 via=editor");

        double kills = value(metrics(), "cms_kills_total");
        assertThat(move(editor, path, "KILLED", "Legal asked us to").status()).isEqualTo(200);
        assertThat(value(metrics(), "cms_kills_total")).isEqualTo(kills + 1);
        assertThat(eventLines("event=kill article=" + id + " ")).hasSize(1);
    }

    @Test
    void theSchedulersPublicationSetsTheLagAndSchedulesAreLogged() throws Exception {
        String id = approvedArticle();
        String path = "/api/articles/" + id;
        double schedulerPublishes = value(metrics(), "cms_publishes_total", "via", "scheduler");
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(2);
        assertThat(editor.post(path + "/schedule", Map.of("publishAt", soon.toString())).status()).isEqualTo(200);
        assertThat(eventLines("event=schedule article=" + id + " ")).hasSize(1);

        long deadline = System.currentTimeMillis() + 20_000;
        while (!"PUBLISHED".equals(editor.get(path).text("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(editor.get(path).text("status")).isEqualTo("PUBLISHED");
        String after = metrics();
        assertThat(value(after, "cms_publishes_total", "via", "scheduler")).isGreaterThanOrEqualTo(schedulerPublishes + 1);
        double lag = value(after, "cms_scheduler_lag_seconds");
        // due in 2 s, checked every 2 s: it ran late by less than a couple of intervals, never early
        assertThat(lag).isBetween(0.0, 10.0);
        assertThat(eventLines("event=publish article=" + id + " ")).singleElement().asString()
                .contains(" via=scheduler dueAt=").containsPattern(" lagMillis=\\d+$");
    }

    @Test
    void publicReadCacheHitsAndMissesAreCounted() {
        String id = approvedArticle();
        String slug = move(editor, "/api/articles/" + id, "PUBLISHED", null).text("slug");
        String before = metrics();
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).header("X-Cache")).isEqualTo("MISS");
        assertThat(newsroom.anonymous().get("/api/public/articles/" + slug).header("X-Cache")).isEqualTo("HIT");
        String after = metrics();
        String name = "cms_public_read_cache_requests_total";
        assertThat(value(after, name, "result", "hit")).isEqualTo(value(before, name, "result", "hit") + 1);
        assertThat(value(after, name, "result", "miss")).isEqualTo(value(before, name, "result", "miss") + 1);
    }

    @Test
    void theDatasourcePoolAndTheServerAreThere() {
        String metrics = metrics();
        assertThat(metrics).containsPattern("(?m)^datasources_pool_active_count\\{[^}]*CmsDS[^}]*\\} ")
                .containsPattern("(?m)^datasources_pool_available_count\\{[^}]*CmsDS[^}]*\\} ");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void theBootstrapAdminsCreationWasLoggedWithoutItsPassword() throws IOException {
        // on an existing server's database the account may be older than this server's log
        Assumptions.assumeTrue("embedded".equals(System.getProperty("cms.it.postgresql")));
        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        // the database is new for this run, so this server made the account, with the password from the build
        assertThat(log).contains("[org.newsroom.cms.events]", "event=bootstrap-admin user=admin password=CMS_ADMIN_PASSWORD");
        assertThat(log).doesNotContain(Newsroom.ADMIN_PASSWORD);
    }

    private String editorName() {
        return editor.get("/api/me").text("username");
    }

    private String approvedArticle() {
        String id = journalist.post("/api/articles", Newsroom.article("Metrics " + UUID.randomUUID())).text("id");
        String path = "/api/articles/" + id;
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "APPROVED", null).status()).isEqualTo(200);
        return id;
    }

    /** The event lines in server.log that contain {@code text}, from {@code event=} on. */
    private static java.util.List<String> eventLines(String text) throws IOException {
        return Files.readAllLines(SERVER_LOG, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("[org.newsroom.cms.events]") && l.contains(text))
                .map(l -> l.substring(l.indexOf("event=")))
                .toList();
    }
}
