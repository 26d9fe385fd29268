package org.newsroom.cms.plugins.photocaptions.newsml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The picture item, checked against the official IPTC NewsML-G2 2.35 schema (cms-core's test resources). */
class PictureItemTest {

    private static final UUID PHOTO = UUID.fromString("0b7e2d55-7d1a-4c3e-8a55-6f1d2c3b4a59");
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T02:30:00Z");

    @Test
    void aPublishedPhotoIsAValidPictureItemWithItsTextAndEveryRendition() throws Exception {
        Photo photo = photo("Kepala Staf <Iran> & tamu", "HanTer", "Budi", "© HanTer 2026", 2000, 1500);

        String xml = PictureItem.write(photo, PUBLISHED, "id", path -> "https://news.example.id" + path);

        assertThat(problems(xml)).as(xml).isEmpty();
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getAttribute("guid")).isEqualTo("urn:newsroom-cms:photo:" + PHOTO);
        assertThat(first(root, "itemClass").getAttribute("qcode")).isEqualTo("ninat:picture");
        assertThat(first(root, "versionCreated").getTextContent()).isEqualTo("2026-11-30T02:30:00Z");
        assertThat(first(root, "copyrightNotice").getTextContent()).isEqualTo("© HanTer 2026");
        assertThat(first(root, "description").getTextContent()).isEqualTo("Kepala Staf <Iran> & tamu");
        assertThat(first(root, "description").getAttribute("role")).isEqualTo("drol:caption");
        assertThat(first(root, "creditline").getTextContent()).isEqualTo("HanTer");
        assertThat(first(root, "by").getTextContent()).isEqualTo("Budi");
        NodeList remote = root.getElementsByTagNameNS(PictureItem.NAR, "remoteContent");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < remote.getLength(); i++) {
            hrefs.add(((Element) remote.item(i)).getAttribute("href"));
        }
        assertThat(hrefs).containsExactly("https://news.example.id/api/public/photos/" + PHOTO,
                "https://news.example.id/api/public/photos/" + PHOTO + "/320",
                "https://news.example.id/api/public/photos/" + PHOTO + "/1280");
        Element original = (Element) remote.item(0);
        assertThat(original.getAttribute("contenttype")).isEqualTo("image/jpeg");
        assertThat(original.getAttribute("width")).isEqualTo("2000");
        assertThat(((Element) remote.item(1)).getAttribute("height")).isEqualTo("240");
    }

    @Test
    void aPhotoWithoutTextIsStillValidAndSaysNothingItDoesNotKnow() throws Exception {
        String xml = PictureItem.write(photo(null, null, null, null, null, null), PUBLISHED, null,
                path -> "http://localhost:8080" + path);

        assertThat(problems(xml)).as(xml).isEmpty();
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getElementsByTagNameNS(PictureItem.NAR, "rightsInfo").getLength()).isZero();
        assertThat(root.getElementsByTagNameNS(PictureItem.NAR, "description").getLength()).isZero();
        assertThat(root.getElementsByTagNameNS(PictureItem.NAR, "by").getLength()).isZero();
        // the validator can say no: an item without its class is refused
        assertThat(problems(xml.replaceFirst("<itemClass[^>]*/>", ""))).isNotEmpty();
    }

    private static Photo photo(String caption, String credit, String photographer, String copyright, Integer width,
                               Integer height) {
        return new Photo(PHOTO, UUID.randomUUID(), 1, caption, credit, photographer, null, copyright, null, "key",
                "image/jpeg", 1000, "ab".repeat(32), width, height, null);
    }

    private static List<String> problems(String xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PictureItemTest.class.getResource("/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"));
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal: " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return problems;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element first(Element root, String name) {
        return (Element) root.getElementsByTagNameNS(PictureItem.NAR, name).item(0);
    }
}
