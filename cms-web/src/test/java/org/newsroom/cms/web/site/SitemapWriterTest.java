package org.newsroom.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap documents validate against sitemaps.org's schemas and carry the extensions' required fields. */
class SitemapWriterTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:04:05.678Z");
    private final SitemapWriter writer = new SitemapWriter(ZoneId.of("Asia/Jakarta"));

    @Test
    void theIndexIsValid() {
        byte[] xml = writer.index(List.of(new SitemapWriter.Sitemap("https://news.example.id/sitemaps/articles-2026-12.xml", AT),
                new SitemapWriter.Sitemap("https://news.example.id/sitemaps/articles-2026-11.xml", null)));
        assertThat(SitemapXsd.errors(xml, SitemapXsd.INDEX)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<lastmod>2026-12-01T10:04:05+07:00</lastmod>");
    }

    @Test
    void anArticleSitemapWithImagesIsValid() throws Exception {
        byte[] xml = writer.urlset(List.of(
                new SitemapWriter.Url("https://news.example.id/articles/a&b", AT, List.of("https://news.example.id/p/1.jpg")),
                new SitemapWriter.Url("https://news.example.id/articles/c", AT, List.of())));
        assertThat(SitemapXsd.errors(xml, SitemapXsd.URLSET)).isEmpty();
        Document doc = parse(xml);
        NodeList images = doc.getElementsByTagNameNS(SitemapWriter.IMAGE_NS, "loc");
        assertThat(images.getLength()).isEqualTo(1);
        assertThat(images.item(0).getTextContent()).isEqualTo("https://news.example.id/p/1.jpg");
        assertThat(images.item(0).getParentNode().getLocalName()).isEqualTo("image");
        assertThat(doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc").item(0).getTextContent())
                .isEqualTo("https://news.example.id/articles/a&b");
    }

    @Test
    void theValidatorRejectsWhatTheProtocolForbids() {
        byte[] noLoc = ("<urlset xmlns=\"" + SitemapWriter.SITEMAP_NS + "\"><url><lastmod>yesterday</lastmod></url></urlset>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SitemapXsd.errors(noLoc, SitemapXsd.URLSET)).isNotEmpty();
    }

    @Test
    void aNewsEntryHasEveryRequiredField() throws Exception {
        byte[] xml = writer.news(List.of(new SitemapWriter.NewsUrl("https://news.example.id/articles/x", "Harian Terbit",
                "id", AT, "Gempa <M6> di Palu")));
        assertThat(SitemapXsd.errors(xml, SitemapXsd.URLSET)).isEmpty();
        Element news = (Element) parse(xml).getElementsByTagNameNS(SitemapWriter.NEWS_NS, "news").item(0);
        Element publication = (Element) news.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "publication").item(0);
        assertThat(text(publication, "name")).isEqualTo("Harian Terbit");
        assertThat(text(publication, "language")).isEqualTo("id");
        assertThat(text(news, "publication_date")).isEqualTo("2026-12-01T10:04:05+07:00");
        assertThat(text(news, "title")).isEqualTo("Gempa <M6> di Palu");
    }

    @Test
    void newsLanguagesAreIsoCodesWithChineseByScript() {
        assertThat(SitemapWriter.newsLanguage("id")).isEqualTo("id");
        assertThat(SitemapWriter.newsLanguage("en-GB")).isEqualTo("en");
        assertThat(SitemapWriter.newsLanguage("zh-Hant")).isEqualTo("zh-tw");
        assertThat(SitemapWriter.newsLanguage("zh")).isEqualTo("zh-cn");
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(SitemapWriter.NEWS_NS, name).item(0).getTextContent();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
