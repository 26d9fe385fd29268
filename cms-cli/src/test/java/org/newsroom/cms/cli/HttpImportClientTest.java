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

/** The HTTP client against a small local server that answers like {@code POST /api/import/wire}. */
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
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cms/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
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
