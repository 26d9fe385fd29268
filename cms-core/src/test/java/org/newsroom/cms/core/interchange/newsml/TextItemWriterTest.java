package org.newsroom.cms.core.interchange.newsml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The text item of the wire story, checked against the official IPTC schema and read back by XPath. */
class TextItemWriterTest {

    private static final UUID ID = UUID.fromString("5b1f7f0e-3b0a-4d6e-9c53-2f1b7d0c9a11");
    private static final ArticleContent WIRE = new ArticleContent(
            "Iran dan Rusia perkuat kerja sama militer", "Kepala Staf Angkatan Bersenjata Iran berkunjung.",
            "<p>Jakarta, HanTer - Iran & Rusia sepakat <b>memperkuat</b> kerja sama.<br>Baris dua</p>"
                    + "<p>Paragraf <i>kedua</i> &lt;tanpa tag&gt;.</p>",
            "Jakarta", "HanTer", "id", "internasional");
    private static final PublicParts PARTS = new PublicParts(
            List.of(new PublicParts.Person("Hermansyah", "author", "/authors/hermansyah", true),
                    new PublicParts.Person("Rina Editor", "editor", null, false)),
            List.of(new PublicParts.Subject("politik", "/tags/politik", "medtop:11000000",
                            "http://cv.iptc.org/newscodes/mediatopic/11000000"),
                    new PublicParts.Subject("Teheran", "/tags/teheran", null, null)),
            List.of(new PublicParts.Picture("9d3c", "/api/public/photos/9d3c", "/api/public/photos/9d3c.newsml",
                    "image/jpeg", 640, 480, List.of(), "Kepala Staf \"Iran\"", "HanTer", null, null, null, true)),
            Map.of());

    @Test
    void theWireStoryIsAValidTextItemWithItsPeopleSubjectsBodyAndPictureLink() throws Exception {
        TextItem item = new TextItem(ID, "iran-dan-rusia", 3, Instant.parse("2026-11-30T01:00:00Z"),
                Instant.parse("2026-11-30T02:30:00.123Z"), true, WIRE, "Internasional",
                List.of(new TextItem.Note(Instant.parse("2026-11-30T03:00:00Z"), "Nama jenderal diperbaiki.")));

        String xml = write(item, PARTS);

        assertThat(G2Schema.problems(xml)).as(xml).isEmpty();
        Document doc = parse(xml);
        assertThat(x(doc, "/g:newsItem/@guid")).isEqualTo("urn:newsroom-cms:article:" + ID);
        assertThat(x(doc, "/g:newsItem/@version")).isEqualTo("3");
        assertThat(x(doc, "/g:newsItem/@xml:lang")).isEqualTo("id");
        assertThat(x(doc, "//g:itemMeta/g:itemClass/@qcode")).isEqualTo("ninat:text");
        assertThat(x(doc, "//g:itemMeta/g:provider/g:name")).isEqualTo("Newsroom");
        assertThat(x(doc, "//g:itemMeta/g:provider/@uri")).isEqualTo("https://news.example.id");
        assertThat(x(doc, "//g:itemMeta/g:versionCreated")).isEqualTo("2026-11-30T02:30:00.123Z");
        assertThat(x(doc, "//g:itemMeta/g:firstCreated")).isEqualTo("2026-11-30T01:00:00Z");
        assertThat(x(doc, "//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:usable");
        assertThat(x(doc, "//g:itemMeta/g:title")).isEqualTo(WIRE.headline());
        assertThat(x(doc, "//g:itemMeta/g:edNote")).contains("2026-11-30T03:00:00Z").contains("Nama jenderal diperbaiki.");
        assertThat(x(doc, "//g:itemMeta/g:link/@href")).isEqualTo("https://news.example.id/api/public/photos/9d3c.newsml");
        assertThat(x(doc, "//g:itemMeta/g:link/@contenttype")).isEqualTo("application/vnd.iptc.g2.newsitem+xml");
        assertThat(x(doc, "//g:itemMeta/g:link/g:itemClass/@qcode")).isEqualTo("ninat:picture");

        assertThat(x(doc, "//g:contentMeta/g:headline")).isEqualTo(WIRE.headline());
        assertThat(x(doc, "//g:contentMeta/g:dateline")).isEqualTo("Jakarta, HanTer");
        assertThat(x(doc, "//g:contentMeta/g:located/g:name")).isEqualTo("Jakarta");
        assertThat(x(doc, "//g:contentMeta/g:infoSource/g:name")).isEqualTo("HanTer");
        assertThat(x(doc, "//g:contentMeta/g:creator/g:name")).isEqualTo("Hermansyah");
        assertThat(x(doc, "//g:contentMeta/g:creator/@role")).isEqualTo("nrrole:author");
        assertThat(x(doc, "//g:contentMeta/g:creator/@uri")).isEqualTo("https://news.example.id/authors/hermansyah");
        assertThat(x(doc, "//g:contentMeta/g:contributor/g:name")).isEqualTo("Rina Editor");
        assertThat(x(doc, "//g:contentMeta/g:contributor/@role")).isEqualTo("nrrole:editor");
        assertThat(x(doc, "//g:contentMeta/g:subject[@qcode='medtop:11000000']/g:name")).isEqualTo("politik");
        assertThat(x(doc, "//g:contentMeta/g:subject[not(@qcode)]/g:name")).isEqualTo("Teheran");
        assertThat(x(doc, "//g:contentMeta/g:language/@tag")).isEqualTo("id");
        assertThat(x(doc, "//g:contentMeta/g:slugline")).isEqualTo("iran-dan-rusia");
        assertThat(x(doc, "//g:contentMeta/g:genre/@qcode")).isEqualTo("nrsection:internasional");
        assertThat(x(doc, "//g:contentMeta/g:genre/g:name")).isEqualTo("Internasional");
        assertThat(x(doc, "//g:contentMeta/g:description[@role='drol:summary']")).isEqualTo(WIRE.standfirst());

        assertThat(x(doc, "//g:contentSet/g:inlineXML/@contenttype")).isEqualTo("application/xhtml+xml");
        assertThat(x(doc, "//g:inlineXML/h:html/h:head/h:title")).isEqualTo(WIRE.headline());
        assertThat(x(doc, "//g:inlineXML/h:html/h:body/h:p[1]")).isEqualTo(
                "Jakarta, HanTer - Iran & Rusia sepakat memperkuat kerja sama.Baris dua");
        assertThat(count(doc, "//g:inlineXML/h:html/h:body/h:p[1]/h:br")).isEqualTo(1);
        assertThat(x(doc, "//g:inlineXML/h:html/h:body/h:p[2]")).isEqualTo("Paragraf kedua <tanpa tag>.");
        // a void element written as XML, not as HTML's open <br>
        assertThat(xml).contains("<br/>").doesNotContain("<br>");
    }

    @Test
    void aWorkingCopyWithoutPartsOrOptionalFieldsIsWithheldAndStillValid() throws Exception {
        ArticleContent bare = new ArticleContent("Draf", null, "<p>Teks</p>", null, null, "en", null);
        TextItem item = new TextItem(ID, "draf", 1, Instant.parse("2026-11-30T01:00:00Z"),
                Instant.parse("2026-11-30T01:05:00Z"), false, bare, null, List.of());

        String xml = write(item, PublicParts.NONE);

        assertThat(G2Schema.problems(xml)).as(xml).isEmpty();
        Document doc = parse(xml);
        assertThat(x(doc, "//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:withheld");
        assertThat(count(doc, "//g:contentMeta/g:located")).isZero();
        assertThat(count(doc, "//g:contentMeta/g:dateline")).isZero();
        assertThat(count(doc, "//g:contentMeta/g:genre")).isZero();
        assertThat(count(doc, "//g:itemMeta/g:link")).isZero();
        assertThat(count(doc, "//g:itemMeta/g:edNote")).isZero();
    }

    @Test
    void badlyNestedBodyHtmlStillMakesWellFormedXhtml() throws Exception {
        ArticleContent messy = new ArticleContent("Messy", null, "<p>one <b>two <i>three</b> four<p>five &nbsp; six",
                null, null, "id", null);
        TextItem item = new TextItem(ID, "messy", 1, Instant.EPOCH, Instant.EPOCH, true, messy, null, List.of());

        String xml = write(item, PublicParts.NONE);

        assertThat(G2Schema.problems(xml)).as(xml).isEmpty();
        assertThat(x(parse(xml), "//h:body/h:p[2]")).startsWith("five").endsWith("six");
    }

    @Test
    void theSchemaRefusesAnItemWithoutItsRequiredParts() throws Exception {
        TextItem item = new TextItem(ID, "x", 1, Instant.EPOCH, Instant.EPOCH, true, WIRE, null, List.of());
        String xml = write(item, PARTS);

        // the checks above are only worth something if the validator can say no
        assertThat(G2Schema.problems(xml.replaceFirst("<provider[^>]*>.*?</provider>", ""))).isNotEmpty();
        assertThat(G2Schema.problems(xml.replace("standard=\"NewsML-G2\"", ""))).isNotEmpty();
    }

    @Test
    void rolesAndSectionsBecomeCodesWithOneColon() {
        assertThat(TextItemWriter.role(null, true)).isEqualTo("nrrole:author");
        assertThat(TextItemWriter.role(" ", false)).isEqualTo("nrrole:contributor");
        assertThat(TextItemWriter.role("photo editor", false)).isEqualTo("nrrole:photo-editor");
        assertThat(TextItemWriter.code("a:b c")).isEqualTo("a-b-c");
    }

    private static String write(TextItem item, PublicParts parts) {
        return TextItemWriter.write(item, parts, path -> "https://news.example.id" + path, "Newsroom",
                "https://news.example.id");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String x(Document doc, String path) throws Exception {
        return xpath().evaluate(path, doc);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((NodeList) xpath().evaluate(path, doc, XPathConstants.NODESET)).getLength();
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "g" -> G2Dom.NAR;
                    case "h" -> G2Dom.XHTML;
                    case "xml" -> "http://www.w3.org/XML/1998/namespace";
                    default -> null;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
