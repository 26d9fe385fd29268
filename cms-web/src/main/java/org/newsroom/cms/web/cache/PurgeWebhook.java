package org.newsroom.cms.web.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Posts a purge to the CDN's webhook without holding anyone up: asynchronously, {@value #TIMEOUT_SECONDS} s
 * per attempt, up to {@value #ATTEMPTS} attempts with a doubling pause (network errors, 408, 429 and 5xx are
 * tried again; another 4xx is not: it will not get better). Failures are logged; the editor's change stands.
 */
@ApplicationScoped
public class PurgeWebhook {

    static final int ATTEMPTS = 3;
    static final int TIMEOUT_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(PurgeWebhook.class.getName());

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Duration firstPause;

    public PurgeWebhook() {
        this(Duration.ofSeconds(1));
    }

    /** For tests: a shorter pause before the second attempt. */
    PurgeWebhook(Duration firstPause) {
        this.firstPause = firstPause;
    }

    /** Sends {@code json} to {@code webhook}; completes with whether the webhook took it (2xx). */
    public CompletableFuture<Boolean> post(URI webhook, byte[] json) {
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        return attempt(request, 1);
    }

    private CompletableFuture<Boolean> attempt(HttpRequest request, int n) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    int status = response == null ? 0 : response.statusCode();
                    if (status >= 200 && status < 300) {
                        return CompletableFuture.completedFuture(true);
                    }
                    String what = failure != null ? String.valueOf(failure.getCause() == null ? failure
                            : failure.getCause()) : "HTTP " + status;
                    boolean again = n < ATTEMPTS && (failure != null || status == 408 || status == 429 || status >= 500);
                    if (!again) {
                        LOG.log(Level.WARNING, "CDN purge webhook " + request.uri() + " failed (" + what + ") after "
                                + n + " attempt(s); the CDN keeps those addresses until their s-maxage runs out");
                        return CompletableFuture.completedFuture(false);
                    }
                    LOG.fine(() -> "CDN purge webhook attempt " + n + " failed (" + what + "); trying again");
                    long pause = firstPause.toMillis() << (n - 1);
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS))
                            .thenCompose(x -> attempt(request, n + 1));
                })
                .thenCompose(f -> f);
    }
}
