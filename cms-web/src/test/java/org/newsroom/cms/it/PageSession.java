package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the newsroom pages over plain HTTP: a cookie jar of one session, and the CSRF token
 * of the last page that carried one.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URL base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;
    /** Sent as {@code Accept-Language} when set. */
    String language;
    HttpResponse<String> last;

    /** A file of a multipart post. */
    record File(String field, String name, byte[] bytes) {
    }

    PageSession(URL base) {
        this.base = base;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return sendBytes(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "text/html");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        last = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : last.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        Matcher m = CSRF.matcher(last.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return last;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send("POST", path, "application/x-www-form-urlencoded", encoded(fields));
    }

    PageSession signIn(String name, String secret, String... headers) throws IOException, InterruptedException {
        get("/newsroom/login");
        HttpResponse<String> answer = send("POST", "/newsroom/login", "application/x-www-form-urlencoded",
                "username=" + name + "&password=" + secret + "&_csrf=" + csrf + "&next=/newsroom/", headers);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(get("/newsroom/").statusCode()).isEqualTo(200);
        return this;
    }

    /** A form post as htmx sends it: urlencoded fields, the CSRF token in its header. */
    HttpResponse<String> htmx(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send("POST", path, "application/x-www-form-urlencoded", encoded(fields), "X-CSRF-Token", csrf,
                "HX-Request", "true");
    }

    /** An htmx request with repeated fields (e.g. an order), the CSRF token in its header. */
    HttpResponse<String> htmx(String method, String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return send(method, path, "application/x-www-form-urlencoded", body, "X-CSRF-Token", csrf, "HX-Request", "true");
    }

    /** A multipart post of JPEG files, as htmx sends a form with {@code hx-encoding="multipart/form-data"}. */
    HttpResponse<String> upload(String path, List<File> files, String... headers) throws IOException, InterruptedException {
        String boundary = "----panel-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (File f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field()
                    + "\"; filename=\"" + f.name() + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("X-CSRF-Token", csrf, "HX-Request", "true"));
        all.addAll(List.of(headers));
        return sendBytes("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                all.toArray(String[]::new));
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
