package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Wire copy import over HTTP: the seed, duplicates, encodings, and batches with bad files. */
class WireImportIT extends AbstractApiIT {


    static byte[] seed() throws Exception {
        return Files.readAllBytes(Path.of("..", "cms-plugins", "tagging", "src", "test", "resources", "seeds",
                "000_92a82fd6de2abda5.txt"));
    }

    /** The seed with a unique headline, so content-hash idempotency does not join tests together. */
    private static String uniqueSeed() throws Exception {
        String text = new String(seed(), StandardCharsets.UTF_8);
        return text.replaceFirst("Rusia\n", "Rusia " + UUID.randomUUID().toString().substring(0, 8) + "\n");
    }

    @Test
    void theSeedBecomesACorrectDraftAndReimportingItFindsTheSameArticle() throws Exception {
        String text = uniqueSeed();
        JsonNode report = post("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), "?filename=seed.txt");
        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(1);
        JsonNode result = report.path("results").get(0);
        assertThat(result.path("status").asText()).isEqualTo("CREATED");
        assertThat(result.path("file").asText()).isEqualTo("seed.txt");
        ApiClient me = journalist;
        JsonNode article = me.get("/api/articles/" + result.path("articleId").asText()).json();

        assertThat(article.path("headline").asText()).startsWith("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");
        assertThat(article.path("dateline").path("place").asText()).isEqualTo("Jakarta");
        assertThat(article.path("dateline").path("source").asText()).isEqualTo("HanTer");
        assertThat(article.path("language").asText()).isEqualTo("id");
        assertThat(article.path("status").asText()).isEqualTo("DRAFT");
        assertThat(article.path("author").path("username").asText()).isEqualTo(journalist.get("/api/me").text("username"));
        String body = article.path("body").asText();
        String[] paragraphs = body.split("</p>\\s*");
        assertThat(paragraphs).hasSize(9);
        assertThat(paragraphs[0]).startsWith("<p>Panglima tertinggi Iran");
        assertThat(paragraphs[8]).endsWith("(JCPOA).");
        assertThat(body).doesNotContain("Hermansyah").doesNotContain("Foto :").doesNotContain("Jakarta, HanTer");
        assertThat(body).contains("“Kami memiliki kerja sama");

        JsonNode plugins = article.path("plugins");
        assertThat(plugins.path("photo-captions").path("photos").get(0).path("caption").asText())
                .isEqualTo("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        assertThat(plugins.path("bylines").path("bylines").findValuesAsText("name")).contains("Hermansyah");
        JsonNode suggestions = me.get("/api/articles/" + result.path("articleId").asText() + "/tagging/suggestions").json();
        assertThat(suggestions.findValuesAsText("name")).contains("Iran", "SCO");
        assertThat(me.get("/api/articles/" + result.path("articleId").asText() + "/tagging/tags").json())
                .as("suggestions are never applied as tags").isEmpty();
        try (var db = Newsroom.database(); var q = db.prepareStatement(
                "select count(*) from plg_tagging_suggestion where article_id = ?::uuid and reason like 'suggested at wire import%'")) {
            q.setString(1, result.path("articleId").asText());
            try (var rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("wire suggestions stored").isGreaterThanOrEqualTo(3);
            }
        }

        JsonNode again = post("text/plain", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "");
        assertThat(again.path("results").get(0).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.path("results").get(0).path("articleId").asText()).isEqualTo(result.path("articleId").asText());
    }

    /** A variant of the seed and what must come out of it. */
    record Variant(String name, java.util.function.UnaryOperator<String> change, Charset charset, String bom,
                   String place, String source, int photos, boolean byline) {
    }

    static java.util.stream.Stream<Variant> variants() {
        Charset utf8 = StandardCharsets.UTF_8;
        return java.util.stream.Stream.of(
                new Variant("as filed", t -> t, utf8, "", "Jakarta", "HanTer", 1, true),
                new Variant("BOM and CRLF", t -> t.replace("\n", "\r\n"), utf8, "\uFEFF", "Jakarta", "HanTer", 1, true),
                new Variant("old Mac CR", t -> t.replace("\n", "\r"), utf8, "", "Jakarta", "HanTer", 1, true),
                new Variant("Windows-1252", t -> t, Charset.forName("windows-1252"), "", "Jakarta", "HanTer", 1, true),
                new Variant("no dateline", t -> t.replace("Jakarta, HanTer - ", ""), utf8, "", null, null, 1, true),
                new Variant("no byline", t -> t.replace("(JCPOA). Hermansyah", "(JCPOA)."), utf8, "", "Jakarta",
                        "HanTer", 1, false),
                new Variant("two captions", t -> t.replaceFirst("Baqeri\n", "Baqeri\nFoto: Presiden Ebrahim Raeisi (Reuters)\n"),
                        utf8, "", "Jakarta", "HanTer", 2, true),
                new Variant("extra blank lines and trailing spaces", t -> t.replace("\n\n", "  \n\n\n \n"), utf8, "",
                        "Jakarta", "HanTer", 1, true),
                new Variant("tabs and no-break spaces", t -> t.replace("Panglima tertinggi", "Panglima\u00A0\ttertinggi"),
                        utf8, "", "Jakarta", "HanTer", 1, true),
                new Variant("agency dateline in capitals", t -> t.replace("Jakarta, HanTer - ", "JAKARTA (Antara) - "),
                        utf8, "", "Jakarta", "Antara", 1, true));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("variants")
    void seedVariantsComeOutRight(Variant variant) throws Exception {
        String text = variant.bom() + variant.change().apply(uniqueSeed());
        JsonNode result = post("text/plain", text.getBytes(variant.charset()), "?filename=variant.txt")
                .path("results").get(0);
        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREATED");
        JsonNode article = journalist.get("/api/articles/" + result.path("articleId").asText()).json();
        assertThat(article.path("headline").asText()).startsWith("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");
        assertThat(article.path("language").asText()).isEqualTo("id");
        assertThat(article.path("dateline").path("place").textValue()).isEqualTo(variant.place());
        assertThat(article.path("dateline").path("source").textValue()).isEqualTo(variant.source());
        String body = article.path("body").asText();
        assertThat(body.split("</p>\\s*")).hasSize(9);
        assertThat(body).startsWith("<p>Panglima").contains("“Kami memiliki kerja sama").doesNotContain("Foto")
                .doesNotContain("Hermansyah");
        assertThat(body.strip()).endsWith("(JCPOA).</p>");
        JsonNode plugins = article.path("plugins");
        assertThat(plugins.path("photo-captions").path("photos")).hasSize(variant.photos());
        assertThat(plugins.path("bylines").path("bylines").findValuesAsText("name").contains("Hermansyah"))
                .isEqualTo(variant.byline());
    }

    @Test
    void aBatchWithBadFilesImportsTheGoodOnesAndReportsEachFile() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", ("Berita " + unique + "\n\nJakarta, Antara - Menteri mengatakan bahwa rapat akan "
                + "dilanjutkan pada hari Senin.").getBytes(StandardCharsets.UTF_8));
        files.put("empty.txt", new byte[0]);
        files.put("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        files.put("cp1252.txt", ("Kutipan " + unique + "\n\n“Kami siap,” kata dia kepada wartawan di Jakarta.")
                .getBytes(Charset.forName("windows-1252")));
        JsonNode report = postMultipart(files);
        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.path("failed").asInt()).isEqualTo(2);
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        report.path("results").forEach(r -> byFile.put(r.path("file").asText(), r));
        assertThat(byFile.get("empty.txt").path("error").asText()).contains("empty");
        assertThat(byFile.get("photo.jpg").path("error").asText()).contains("not text");
        ApiClient me = journalist;
        String quoted = me.get("/api/articles/" + byFile.get("cp1252.txt").path("articleId").asText()).text("body");
        assertThat(quoted).contains("“Kami siap,”");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a/one.txt"));
            out.write(("Satu " + unique + "\n\nParagraf pertama yang cukup panjang untuk sebuah berita.").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("a/two.txt"));
            out.write(("Dua " + unique + "\n\nParagraf kedua dari berita yang lain dan berbeda.").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("a/blank.txt"));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode zipped = post("application/zip", zip.toByteArray(), "");
        assertThat(zipped.path("created").asInt()).as(zipped.toString()).isEqualTo(2);
        assertThat(zipped.path("failed").asInt()).isEqualTo(1);
        assertThat(post("application/zip", "not a zip".getBytes(StandardCharsets.UTF_8), "").path("failed").asInt())
                .isEqualTo(1);
    }

    private JsonNode post(String contentType, byte[] body, String query) {
        ApiClient.Reply reply = journalist.raw("POST", "/api/import/wire" + query, contentType, body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode postMultipart(Map<String, byte[]> files) {
        List<ApiClient.Part> parts = new ArrayList<>();
        files.forEach((name, bytes) -> parts.add(ApiClient.Part.file("files", name, "application/octet-stream", bytes)));
        ApiClient.Reply reply = journalist.multipart("/api/import/wire", parts);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json();
    }
}
