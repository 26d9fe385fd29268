package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not part of the test run (failsafe leaves out {@code *BenchIT}): newsroom page render times with
 * 1,000 articles in the database, measured over loopback from a signed-in session, printed as p50/p95/p99.
 * Target: dashboard p95 under 50 ms. Run it with
 * {@code mvn -B verify -pl cms-web -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardRenderBenchIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardRenderBenchIT {

    static final int ARTICLES = 1000;
    static final int WARM_UP = 100;
    static final int SAMPLES = 500;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    @Test
    void dashboardWithAThousandArticles() throws Exception {
        Newsroom newsroom = new Newsroom(base);
        Newsroom.Account editor = newsroom.account("bench-editor", "Bench Editor", "EDITOR");
        ApiClient journalist = newsroom.user("bench-journalist", "JOURNALIST");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> created = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            int n = i;
            created.add(pool.submit(() -> {
                String id = journalist.post("/api/articles", Newsroom.article("Berita ke-" + n + " " + System.nanoTime()))
                        .text("id");
                if (n % 3 == 0) {
                    journalist.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW"));
                }
            }));
        }
        for (Future<?> f : created) {
            f.get();
        }
        pool.shutdown();

        String cookie = signIn(editor.username(), editor.password());
        for (String page : List.of("/newsroom/", "/newsroom/?status=IN_REVIEW,DRAFT&sort=created")) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = get(page, cookie);
                double took = (System.nanoTime() - start) / 1e6;
                assertThat(answer.statusCode()).isEqualTo(200);
                if (i >= WARM_UP) {
                    millis.add(took);
                }
            }
            Collections.sort(millis);
            System.out.printf("[bench] %s with %d articles: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests, one at a time)%n",
                    page, ARTICLES, pct(millis, 50), pct(millis, 95), pct(millis, 99), SAMPLES);
        }
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "newsroom/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String loginCookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = loginCookie.substring(loginCookie.indexOf('=') + 1);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "newsroom/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        return done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cms_session="))
                .findFirst().orElseThrow().split(";")[0];
    }
}
