package org.newsroom.cms.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link ImportClient} over HTTP: {@code POST {url}api/import/wire?filename=…} with the file as a
 * {@code text/plain} body and HTTP Basic authentication; reads the first entry of the JSON report.
 */
public final class HttpImportClient implements ImportClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final String user;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param base     the CMS, ending in {@code /} (e.g. {@code http://localhost:8080/})
     * @param user     the importing user
     * @param password their password
     */
    public HttpImportClient(URI base, String user, String password) {
        this.base = base;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The address a file is posted to. */
    URI endpoint(String relativePath) {
        return base.resolve("api/import/wire?filename="
                + URLEncoder.encode(relativePath, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Override
    public Outcome importFile(String relativePath, byte[] content) throws CommandException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(relativePath)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization).header("Content-Type", "text/plain")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw CommandException.fatal("Cannot connect to " + base + ": is the CMS running at " + base + "?", e);
        } catch (HttpTimeoutException e) {
            throw CommandException.fatal("No answer from " + base + " within " + REQUEST_TIMEOUT.toSeconds()
                    + " s while sending " + relativePath + ".", e);
        } catch (IOException e) {
            throw CommandException.fatal("Lost the connection to " + base + " while sending " + relativePath + ": "
                    + e.getMessage() + " (is the CMS running at " + base + "?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandException.fatal("Interrupted while sending " + relativePath + ".", e);
        }
        return outcome(response.statusCode(), response.body(), base, user);
    }

    /**
     * Sends, once more if a kept-alive connection was closed under us (a proxy, a server restart): safe, since
     * the server recognises a text it imported before.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            throw e;
        } catch (IOException closedConnection) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Turns the server's answer into an outcome, or stops the batch when no file can succeed. */
    static Outcome outcome(int status, String body, URI base, String user) throws CommandException {
        switch (status) {
            case 401 -> throw CommandException.fatal("The CMS at " + base + " refused the login: wrong user or "
                    + "password for " + user + ".");
            case 403 -> throw CommandException.fatal(user + " may not import wire copy (HTTP 403): "
                    + problem(body, "ask an administrator for the journalist role."));
            case 404, 405 -> throw CommandException.fatal("No wire import at " + base + "api/import/wire (HTTP "
                    + status + "): is " + base + " the CMS?");
            default -> {
                // per file below
            }
        }
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            json = null;
        }
        if (status / 100 != 2) {
            String message = json == null ? "" : json.path("detail").asText(json.path("title").asText(""));
            return Outcome.failed("HTTP " + status + (message.isEmpty() ? " from the CMS" : ": " + message));
        }
        JsonNode result = json == null ? null : json.path("results").path(0);
        if (result == null || !result.isObject()) {
            return Outcome.failed("Unexpected answer from the CMS (HTTP " + status + "): " + snippet(body));
        }
        Status verdict;
        try {
            verdict = Status.valueOf(result.path("status").asText());
        } catch (IllegalArgumentException e) {
            return Outcome.failed("Unexpected status from the CMS: " + result.path("status").asText());
        }
        return new Outcome(verdict, text(result, "articleId"), text(result, "headline"),
                verdict == Status.FAILED ? text(result, "error") : null);
    }

    /** The {@code detail} of an RFC 9457 problem, or {@code otherwise}. */
    private static String problem(String body, String otherwise) {
        try {
            String detail = body == null || body.isBlank() ? "" : JSON.readTree(body).path("detail").asText("");
            return detail.isBlank() ? otherwise : detail;
        } catch (IOException notJson) {
            return otherwise;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
