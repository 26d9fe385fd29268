package org.newsroom.cms.web.site;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the sitemap protocol's documents with the JDK's StAX: the index ({@code sitemapindex}), an article
 * sitemap ({@code urlset} with Google's image extension) and the Google News sitemap ({@code urlset} with the news
 * extension). Times are W3C datetimes in the newsroom's zone, to the second.
 */
final class SitemapWriter {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ZoneId zone;

    SitemapWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** A sitemap file listed by the index. */
    record Sitemap(String loc, Instant lastmod) {
    }

    /** A page in an article sitemap, with the absolute URLs of its images (the lead picture). */
    record Url(String loc, Instant lastmod, List<String> images) {
    }

    /**
     * A story in the news sitemap.
     *
     * @param language the publication's language as Google News wants it ({@link #newsLanguage})
     */
    record NewsUrl(String loc, String publicationName, String language, Instant publicationDate, String title) {
    }

    byte[] index(List<Sitemap> sitemaps) {
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Sitemap s : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", s.loc());
                if (s.lastmod() != null) {
                    element(w, "lastmod", w3c(s.lastmod()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    byte[] urlset(List<Url> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("image", IMAGE_NS);
            for (Url u : urls) {
                w.writeStartElement("url");
                element(w, "loc", u.loc());
                if (u.lastmod() != null) {
                    element(w, "lastmod", w3c(u.lastmod()));
                }
                for (String image : u.images()) {
                    w.writeStartElement("image", "image", IMAGE_NS);
                    w.writeStartElement("image", "loc", IMAGE_NS);
                    w.writeCharacters(image);
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    byte[] news(List<NewsUrl> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (NewsUrl u : urls) {
                w.writeStartElement("url");
                element(w, "loc", u.loc());
                w.writeStartElement("news", "news", NEWS_NS);
                w.writeStartElement("news", "publication", NEWS_NS);
                news(w, "name", u.publicationName());
                news(w, "language", u.language());
                w.writeEndElement();
                news(w, "publication_date", w3c(u.publicationDate()));
                news(w, "title", u.title());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /**
     * Google News takes ISO 639 codes ({@code id}, {@code en}), but Chinese as {@code zh-cn} or {@code zh-tw}: the
     * primary language subtag of the article's BCP 47 tag, lower case, the region kept for Chinese only.
     */
    static String newsLanguage(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47 == null ? "" : bcp47);
        String language = locale.getLanguage().isEmpty() ? "und" : locale.getLanguage();
        if (language.equals("zh")) {
            boolean traditional = "Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
                    || "HK".equals(locale.getCountry());
            return traditional ? "zh-tw" : "zh-cn";
        }
        return language;
    }

    String w3c(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private static void news(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("news", name, NEWS_NS);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(SITEMAP_NS, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(SITEMAP_NS);
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a sitemap", e);
        }
        return out.toByteArray();
    }
}
