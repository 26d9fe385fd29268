package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server answers before or outside JAX-RS, over raw sockets so nothing normalises the request:
 * odd paths and methods, oversized bodies and trickling clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    /** Sends raw bytes and reads the whole answer (the server closes: {@code Connection: close}). */
    private String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may stop reading once it has answered; the answer is what counts
                }
            }
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // reset after the answer: keep what arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private String request(String method, String rawPath) throws IOException {
        return exchange(method + " " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n",
                null);
    }

    /**
     * A problem body, never HTML. 404s outside the API may come from the problem file configure.cli gives
     * Undertow's error-page filter, which types it application/json (from the file name).
     */
    private static void assertProblem(String answer, int status) {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).containsPattern(status == 404 ? "content-type: application/(problem\\+)?json"
                : "content-type: application/problem\\+json");
        assertThat(answer).contains("\"status\":" + status).doesNotContain("<html", "<title>", "Exception", "at org.",
                "Undertow", "WildFly");
    }

    @Test
    void oddPathsAndMethodsAreProblemsNotTheServersHtmlPages() throws IOException {
        assertProblem(request("GET", "/../../etc/passwd"), 404); // climbs above the root
        assertProblem(request("GET", "/no/such/../page"), 404);
        assertProblem(request("GET", "/api/docs/../../WEB-INF/web.xml"), 404);
        assertProblem(request("DELETE", "/openapi"), 405);
        assertProblem(request("GET", "/problem/error"), 404);
    }

    @Test
    void aBodyOverTheLimitIs413ProblemAtOnce() throws IOException {
        String head = "POST /api/import/wire HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + Newsroom.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + (65L * 1024 * 1024) + "\r\nConnection: close\r\n\r\n";
        String answer = exchange(head, new byte[64 * 1024]);
        assertProblem(answer, 413);
        assertThat(answer).contains("CMS_MAX_POST_BYTES");
    }

    @Test
    void aChunkedBodyRunningOverTheLimitIs413Too() throws IOException {
        String head = "POST /api/import/wire HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + Newsroom.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 66; i++) { // 66 MiB, over the 64 MiB limit
            chunks.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunks.writeBytes(chunk);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String answer = exchange(head, chunks.toByteArray());
        assertProblem(answer, 413);
    }

    @Test
    void aClientTricklingItsHeadersIsCutOff() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/public/articles HTTP/1.1\r\nHost: " + base.getHost() + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            boolean closed = false;
            // one header byte per half second, never finishing: the server (parse timeout 3 s in the tests,
            // CMS_REQUEST_PARSE_TIMEOUT_MS) must close the connection
            while (!closed && (System.nanoTime() - start) / 1_000_000 < 15_000) {
                try {
                    out.write('X');
                    out.flush();
                    int read = socket.getInputStream().read();
                    closed = read < 0 || read > 0; // end of stream, or an error answer before closing
                } catch (SocketTimeoutException stillOpen) {
                    Thread.sleep(500);
                } catch (IOException reset) {
                    closed = true;
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            assertThat(closed).as("closed after " + seconds + " s").isTrue();
            assertThat(seconds).isLessThan(12);
        }
    }
}
