package org.newsroom.cms.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.newsroom.cms.core.application.PublicChange;

class PurgeWebhookTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer server;

    private URI receiver(int failFirst, int failStatus) throws IOException {
        failuresLeft.set(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/purge", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = failuresLeft.getAndDecrement() > 0 ? failStatus : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/purge");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheMessageOnce() throws Exception {
        URI hook = receiver(0, 500);
        UUID id = UUID.randomUUID();
        byte[] json = CdnPurge.message(new PublicChange(PublicChange.Kind.KILLED, id, List.of("/x")),
                List.of("http://news.example.id/articles/x", "http://news.example.id/"));
        assertThat(new PurgeWebhook(Duration.ofMillis(10)).post(hook, json).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(received.get(0));
        assertThat(body.path("event").asText()).isEqualTo("KILLED");
        assertThat(body.path("article").asText()).isEqualTo(id.toString());
        assertThat(body.path("urls")).extracting(JsonNode::asText)
                .containsExactly("http://news.example.id/articles/x", "http://news.example.id/");
    }

    @Test
    void triesAServerErrorAgainUpToThreeTimes() throws Exception {
        URI hook = receiver(2, 503);
        assertThat(new PurgeWebhook(Duration.ofMillis(10)).post(hook, "{}".getBytes()).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasSize(3);
    }

    @Test
    void givesUpAfterThreeAttemptsAndNeverOnARefusal() throws Exception {
        URI hook = receiver(10, 502);
        assertThat(new PurgeWebhook(Duration.ofMillis(10)).post(hook, "{}".getBytes()).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(received).hasSize(3);
        stop();
        received.clear();
        URI refusing = receiver(10, 400);
        assertThat(new PurgeWebhook(Duration.ofMillis(10)).post(refusing, "{}".getBytes()).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(received).as("a 400 will not get better").hasSize(1);
    }

    @Test
    void nothingListeningIsLoggedNotThrown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertThat(new PurgeWebhook(Duration.ofMillis(10)).post(URI.create("http://127.0.0.1:" + port + "/purge"),
                "{}".getBytes()).get(20, TimeUnit.SECONDS)).isFalse();
    }
}
