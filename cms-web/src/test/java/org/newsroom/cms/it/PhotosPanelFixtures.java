package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * What the photo panel tests share: JPEGs whose IPTC (and XMP alt text) the test writes with Apache Commons
 * Imaging, as a photo desk's software would, and a newsroom session over plain HTTP (a cookie jar, the session's
 * CSRF token, multipart posts) for driving the panel's fragment routes as htmx does.
 */
final class PhotosPanelFixtures {

    static final String ROUTES = "/newsroom/plugins/photo-captions/articles/";

    private PhotosPanelFixtures() {
    }

    /** A plain JPEG of this size, no metadata. */
    static byte[] jpeg(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 640×480 JPEG with IPTC IIM caption, by-line, credit and copyright notice (null ones left out) and, when
     * {@code altText} is given, XMP's Alt Text (Accessibility).
     */
    static byte[] taggedJpeg(String caption, String byline, String credit, String copyright, String altText)
            throws Exception {
        List<IptcRecord> records = new ArrayList<>();
        if (caption != null) {
            records.add(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, caption));
        }
        if (byline != null) {
            records.add(new IptcRecord(IptcTypes.BYLINE, byline));
        }
        if (credit != null) {
            records.add(new IptcRecord(IptcTypes.CREDIT, credit));
        }
        if (copyright != null) {
            records.add(new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, copyright));
        }
        ByteArrayOutputStream withIptc = new ByteArrayOutputStream();
        new JpegIptcRewriter().writeIptc(jpeg(640, 480, new Color(30, 90, 160)), withIptc,
                new PhotoshopApp13Data(records, new ArrayList<>()));
        if (altText == null) {
            return withIptc.toByteArray();
        }
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), withXmp,
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">"
                        + "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang=\"x-default\">" + altText
                        + "</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility></rdf:Description></rdf:RDF></x:xmpmeta>");
        return withXmp.toByteArray();
    }

    /** The wire seed with a unique headline (content-hash idempotency would join tests together otherwise). */
    static String uniqueSeed() throws Exception {
        return new String(WireImportIT.seed(), StandardCharsets.UTF_8)
                .replaceFirst("Rusia\n", "Rusia " + UUID.randomUUID().toString().substring(0, 8) + "\n");
    }

    /** A file of a multipart post. */
    record File(String field, String name, byte[] bytes) {
    }

    /** A browser-like client of one newsroom session: cookies, the session's CSRF token, HTML answers. */
    static final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        final Map<String, String> cookies = new LinkedHashMap<>();
        private final String base;
        String csrf;
        String language;

        Session(URL base) {
            this.base = base.toString().replaceAll("/$", "");
        }

        HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
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
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher m = CSRF.matcher(answer.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return answer;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send("GET", path, null, null);
        }

        /** An htmx request: the session's CSRF token in {@code X-CSRF-Token}, as the page's hx-headers send it. */
        HttpResponse<String> htmx(String method, String path, Map<String, List<String>> fields)
                throws IOException, InterruptedException {
            String body = fields.entrySet().stream().flatMap(e -> e.getValue().stream()
                            .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
            return send(method, path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                    "X-CSRF-Token", csrf, "HX-Request", "true");
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, List<String>> multi = new LinkedHashMap<>();
            fields.forEach((k, v) -> multi.put(k, List.of(v)));
            return htmx("POST", path, multi);
        }

        /** A multipart post of files, as htmx sends a form with {@code hx-encoding="multipart/form-data"}. */
        HttpResponse<String> upload(String path, List<File> files, String... headers)
                throws IOException, InterruptedException {
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
            String[] all = new String[headers.length + 4];
            all[0] = "X-CSRF-Token";
            all[1] = csrf;
            all[2] = "HX-Request";
            all[3] = "true";
            System.arraycopy(headers, 0, all, 4, headers.length);
            return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), all);
        }

        /** Signs in through /newsroom/login; afterwards {@link #csrf} is the session's token. */
        Session signIn(String username, String password) throws IOException, InterruptedException {
            get("/newsroom/login");
            HttpResponse<String> answer = send("POST", "/newsroom/login", "application/x-www-form-urlencoded",
                    ("username=" + username + "&password=" + password + "&_csrf=" + csrf + "&next=/newsroom/")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
            assertThat(get("/newsroom/").statusCode()).isEqualTo(200);
            return this;
        }
    }
}
