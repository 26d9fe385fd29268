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
 * {@link ImportClient} over HTTP: first {@code GET {url}api/me} to check the CMS and the login, then
 * {@code POST {url}api/import/wire?filename=…} per file with the file as a {@code text/plain} body, both with
 * HTTP Basic authentication; reads the first entry of the JSON report.
 */
public final class HttpImportClient implements ImportClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(30);

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
    public URI server() {
        return base;
    }

    @Override
    public String signIn() throws CommandException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/me")).timeout(SIGN_IN_TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = exchange(request, SIGN_IN_TIMEOUT, "checking the login");
        return signedIn(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null), base, user);
    }

    /**
     * The answer to {@code GET api/me}: the username the CMS knows, or why no file can be imported.
     *
     * @param location the {@code Location} header of a redirect; may be null
     */
    static String signedIn(int status, String body, String location, URI base, String user) throws CommandException {
        switch (status) {
            case 401 -> throw refused(base, user);
            case 403 -> throw mayNotImport(user, body);
            default -> {
                // below
            }
        }
        if (status / 100 == 3) {
            throw CommandException.fatal(base + " redirects (HTTP " + status + ")"
                    + (location == null ? "" : " to " + location) + ": give the CMS's own address with --url.");
        }
        if (status / 100 == 5) {
            throw CommandException.fatal("The CMS at " + base + " is not working (HTTP " + status
                    + " to GET " + base + "api/me): " + problem(body, "try again later."));
        }
        JsonNode me;
        try {
            me = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            me = null;
        }
        if (status / 100 != 2 || me == null || !me.path("username").isTextual()
                || me.path("username").asText().isBlank()) {
            throw CommandException.fatal("No CMS at " + base + " (GET " + base + "api/me answered HTTP " + status
                    + (status / 100 == 2 ? " without an account" : "") + "): is " + base + " the CMS?");
        }
        return me.path("username").asText();
    }

    @Override
    public Outcome importFile(String relativePath, byte[] content) throws CommandException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(relativePath)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization).header("Content-Type", "text/plain")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> response = exchange(request, REQUEST_TIMEOUT, "sending " + relativePath);
        return outcome(response.statusCode(), response.body(), base, user);
    }

    /** Sends a request; what goes wrong on the way is a {@link CommandException} saying what was being done. */
    private HttpResponse<String> exchange(HttpRequest request, Duration timeout, String doing)
            throws CommandException {
        try {
            return send(request);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw CommandException.fatal("Cannot connect to " + base + ": is the CMS running at " + base + "?", e);
        } catch (HttpTimeoutException e) {
            throw CommandException.fatal("No answer from " + base + " within " + timeout.toSeconds()
                    + " s while " + doing + ".", e);
        } catch (IOException e) {
            throw CommandException.fatal("Lost the connection to " + base + " while " + doing + ": "
                    + e.getMessage() + " (is the CMS running at " + base + "?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandException.fatal("Interrupted while " + doing + ".", e);
        }
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
            case 401 -> throw refused(base, user);
            case 403 -> throw mayNotImport(user, body);
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

    private static CommandException refused(URI base, String user) {
        return CommandException.fatal("The CMS at " + base + " refused the login: wrong user or password for "
                + user + ".");
    }

    private static CommandException mayNotImport(String user, String body) {
        return CommandException.fatal(user + " may not import wire copy (HTTP 403): "
                + problem(body, "ask an administrator for the journalist role."));
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
