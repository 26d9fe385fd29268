package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The HTTP client against a small local server that answers like {@code GET /api/me} and {@code POST /api/import/wire}. */
class HttpImportClientTest {

    @TempDir
    Path folder;
    private HttpServer server;
    private URI base;
    private final List<String> requests = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cms/api/import/wire", this::answer);
        server.createContext("/cms/api/me", this::me);
        server.createContext("/moved/", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://cms.example.org/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/html/", exchange -> {
            byte[] page = "<html>It works!</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cms/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static final String BUDI = "Basic " + Base64.getEncoder().encodeToString("budi:pw".getBytes(StandardCharsets.UTF_8));

    private void me(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " /api/me");
        boolean ok = BUDI.equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] bytes = (ok ? "{\"username\":\"budi\",\"displayName\":\"Budi\",\"roles\":[\"JOURNALIST\"]}"
                : "{\"type\":\"urn:newsroom-cms:problem:unauthorized\",\"status\":401}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", ok ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(ok ? 200 : 401, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery() + " "
                + exchange.getRequestHeaders().getFirst("Content-Type"));
        bodies.add(body);
        String file = exchange.getRequestURI().getQuery().substring("filename=".length());
        int status = 200;
        String json;
        if (!("Basic " + Base64.getEncoder().encodeToString("budi:pw".getBytes(StandardCharsets.UTF_8))).equals(auth)) {
            status = 401;
            json = "{\"type\":\"urn:newsroom-cms:problem:unauthorized\",\"status\":401}";
        } else if (file.contains("boom")) {
            status = 500;
            json = "{\"title\":\"Internal error\",\"status\":500,\"detail\":\"A plugin failed.\"}";
        } else if (body.length == 0) {
            json = "{\"results\":[{\"file\":\"" + file + "\",\"status\":\"FAILED\",\"articleId\":null,\"headline\":null,"
                    + "\"error\":\"The file is empty.\"}],\"created\":0,\"duplicates\":0,\"failed\":1}";
        } else {
            json = "{\"results\":[{\"file\":\"" + file + "\",\"status\":\"CREATED\",\"articleId\":\"3f1c\","
                    + "\"headline\":\"Judul\",\"error\":null}],\"created\":1,\"duplicates\":0,\"failed\":0}";
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void postsTheBytesAsTextWithTheRelativePathAndBasicAuth() throws Exception {
        byte[] cp1252 = "“Kami siap,” kata dia.".getBytes("windows-1252");
        ImportClient.Outcome outcome = new HttpImportClient(base, "budi", "pw").importFile("a b/ü&x.txt", cp1252);

        assertThat(outcome).isEqualTo(new ImportClient.Outcome(ImportClient.Status.CREATED, "3f1c", "Judul", null));
        assertThat(requests).containsExactly("POST filename=a%20b%2F%C3%BC%26x.txt text/plain");
        assertThat(bodies.get(0)).isEqualTo(cp1252);
    }

    @Test
    void aFailedFileIsAnOutcomeAndAServerErrorToo() throws Exception {
        HttpImportClient client = new HttpImportClient(base, "budi", "pw");
        assertThat(client.importFile("empty.txt", new byte[0]))
                .isEqualTo(ImportClient.Outcome.failed("The file is empty."));
        assertThat(client.importFile("boom.txt", new byte[] {'x'}))
                .isEqualTo(ImportClient.Outcome.failed("HTTP 500: A plugin failed."));
    }

    @Test
    void aWrongPasswordStopsTheBatch() {
        assertThatThrownBy(() -> new HttpImportClient(base, "budi", "nope").importFile("a.txt", new byte[] {'x'}))
                .isInstanceOf(CommandException.class).hasMessageContaining("wrong user or password for budi");
    }

    @Test
    void otherAnswersThatStopTheBatchOrFailTheFile() throws Exception {
        assertThatThrownBy(() -> HttpImportClient.outcome(403, "{\"detail\":\"Journalists only.\"}", base, "budi"))
                .hasMessage("budi may not import wire copy (HTTP 403): Journalists only.");
        assertThatThrownBy(() -> HttpImportClient.outcome(404, "", base, "budi"))
                .hasMessageContaining("is " + base + " the CMS?");
        assertThat(HttpImportClient.outcome(200, "<html>proxy</html>", base, "budi").error())
                .startsWith("Unexpected answer from the CMS (HTTP 200)");
        assertThat(HttpImportClient.outcome(200, "{\"results\":[{\"status\":\"DUPLICATE\",\"articleId\":\"x\"}]}",
                base, "budi")).isEqualTo(new ImportClient.Outcome(ImportClient.Status.DUPLICATE, "x", null, null));
    }

    @Test
    void theWholeCommandAgainstTheServer() throws Exception {
        Files.writeString(folder.resolve("one.txt"), "Satu\n\nIsi.");
        Files.write(folder.resolve("two.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = ImportCommand.run(new String[] {"--url", base.toString(), "--user", "budi", folder.toString()},
                Map.of("CMS_PASSWORD", "pw"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^  created:    1$")
                .contains("two.txt: The file is empty.");
        assertThat(Files.readString(folder.resolve(Options.DEFAULT_STATE))).contains("\tCREATED\t3f1c\n");

        int wrong = ImportCommand.run(new String[] {"--url", base.toString(), "--user", "budi", "--retry-failed",
                folder.toString()}, Map.of("CMS_PASSWORD", "bad"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(wrong).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("wrong user or password");
    }

    @Test
    void signingInChecksTheCmsAndTheLogin() throws Exception {
        assertThat(new HttpImportClient(base, "budi", "pw").signIn()).isEqualTo("budi");
        assertThat(requests).containsExactly("GET /api/me");
        assertThatThrownBy(() -> new HttpImportClient(base, "budi", "nope").signIn())
                .isInstanceOf(CommandException.class)
                .hasMessage("The CMS at " + base + " refused the login: wrong user or password for budi.");
        URI root = base.resolve("/");
        assertThatThrownBy(() -> new HttpImportClient(root, "budi", "pw").signIn())
                .hasMessage("No CMS at " + root + " (GET " + root + "api/me answered HTTP 404): is " + root + " the CMS?");
        URI html = base.resolve("/html/");
        assertThatThrownBy(() -> new HttpImportClient(html, "budi", "pw").signIn())
                .hasMessageContaining("answered HTTP 200 without an account").hasMessageEndingWith("the CMS?");
        URI moved = base.resolve("/moved/");
        assertThatThrownBy(() -> new HttpImportClient(moved, "budi", "pw").signIn())
                .hasMessage(moved + " redirects (HTTP 301) to https://cms.example.org/: give the CMS's own address "
                        + "with --url.");
        assertThatThrownBy(() -> HttpImportClient.signedIn(403, "{\"detail\":\"No role.\"}", null, base, "budi"))
                .hasMessage("budi may not import wire copy (HTTP 403): No role.");
        assertThatThrownBy(() -> HttpImportClient.signedIn(503, "", null, base, "budi"))
                .hasMessage("The CMS at " + base + " is not working (HTTP 503 to GET " + base + "api/me): try again later.");
        assertThat(HttpImportClient.signedIn(200, "{\"username\":\"Budi\"}", null, base, "budi"))
                .as("as the CMS spells it").isEqualTo("Budi");
    }

    @Test
    void aRerunWithAWrongPasswordOrPortIsAnErrorAndNothingIsSkipped() throws Exception {
        Files.writeString(folder.resolve("one.txt"), "Satu\n\nIsi.");
        Files.writeString(folder.resolve("two.txt"), "Dua\n\nIsi.");
        Files.writeString(folder.resolve("three.txt"), "Tiga\n\nIsi.");
        String[] command = {"--url", base.toString(), "--user", "budi", folder.toString()};
        assertThat(command(command, "pw").code).isZero();
        requests.clear();

        Result wrongPassword = command(command, "bad");
        assertThat(wrongPassword.code).isEqualTo(2);
        assertThat(wrongPassword.err).contains("refused the login: wrong user or password for budi");
        assertThat(wrongPassword.out).doesNotContain("skipped").isEmpty();
        assertThat(requests).as("the CMS was asked").containsExactly("GET /api/me");

        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String down = "http://127.0.0.1:" + port + "/cms/";
        Result wrongPort = command(new String[] {"--url", down, "--user", "budi", folder.toString()}, "pw");
        assertThat(wrongPort.code).isEqualTo(2);
        assertThat(wrongPort.err).contains("Cannot connect to " + down + ": is the CMS running at " + down + "?");
        assertThat(wrongPort.out).isEmpty();

        Result again = command(command, "pw");
        assertThat(again.code).isZero();
        assertThat(again.out).containsPattern("(?m)^  skipped:    3  \\(3 imported before, 0 failed before\\)$");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result command(String[] args, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, Map.of("CMS_PASSWORD", password), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aServerThatIsNotRunningIsNamed() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + port + "/");
        assertThatThrownBy(() -> new HttpImportClient(down, "budi", "pw").importFile("a.txt", new byte[] {'x'}))
                .isInstanceOf(CommandException.class)
                .hasMessage("Cannot connect to " + down + ": is the CMS running at " + down + "?");
    }
}
