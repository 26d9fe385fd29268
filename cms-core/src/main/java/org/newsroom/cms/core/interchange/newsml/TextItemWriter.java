package org.newsroom.cms.core.interchange.newsml;

import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.infrastructure.html.Embeds;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.w3c.dom.Element;

/**
 * Writes one text {@code newsItem} (NewsML-G2 2.35, validated against the IPTC schema in the tests): itemMeta,
 * contentMeta with the people, subjects and section, the body as inline XHTML, and a link to each picture's own
 * item. Codes use IPTC's schemes ({@code ninat}, {@code stat}, {@code medtop}, {@code drol}, {@code irel}) from
 * the IPTC catalog, and two of ours declared inline: {@code nrrole} (roles of people, in the plugins' words) and
 * {@code nrsection} (section slugs).
 */
final class TextItemWriter {

    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml";
    static final String ROLE_SCHEME = "urn:newsroom-cms:role:";
    static final String SECTION_SCHEME = "urn:newsroom-cms:section:";

    private TextItemWriter() {
    }

    /**
     * @param absolute makes a site-relative path absolute with the public base URL
     * @param provider the site's name, who provides the item
     * @param siteUrl  the site's absolute base URL
     */
    static String write(TextItem item, PublicParts parts, UnaryOperator<String> absolute, String provider,
                        String siteUrl) {
        ArticleContent c = item.content();
        G2Dom g2 = G2Dom.newsItem();
        Element root = g2.root();
        root.setAttribute("guid", "urn:newsroom-cms:article:" + item.id());
        root.setAttribute("version", String.valueOf(Math.max(1, item.version())));
        root.setAttribute("standard", "NewsML-G2");
        root.setAttribute("standardversion", "2.35");
        root.setAttribute("conformance", "power");
        if (c.language() != null) {
            root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", c.language());
        }
        G2Dom.attr(g2.add(root, "catalogRef"), "href", IPTC_CATALOG);
        Element catalog = g2.add(root, "catalog");
        scheme(g2, catalog, "nrrole", ROLE_SCHEME);
        scheme(g2, catalog, "nrsection", SECTION_SCHEME);

        itemMeta(g2, item, parts, absolute, provider, siteUrl);
        contentMeta(g2, item, parts, absolute);

        Element inline = g2.add(g2.add(root, "contentSet"), "inlineXML");
        inline.setAttribute("contenttype", "application/xhtml+xml");
        inline.appendChild(g2.document().importNode(xhtml(c), true));
        return g2.serialize();
    }

    private static void itemMeta(G2Dom g2, TextItem item, PublicParts parts, UnaryOperator<String> absolute,
                                 String provider, String siteUrl) {
        Element meta = g2.add(g2.root(), "itemMeta");
        G2Dom.attr(g2.add(meta, "itemClass"), "qcode", "ninat:text");
        Element by = g2.named(meta, "provider", provider);
        G2Dom.attr(by, "uri", siteUrl);
        g2.text(meta, "versionCreated", item.versionCreated().toString());
        g2.text(meta, "firstCreated", item.firstCreated().toString());
        G2Dom.attr(g2.add(meta, "pubStatus"), "qcode", item.usable() ? "stat:usable" : "stat:withheld");
        g2.text(meta, "title", item.content().headline());
        for (TextItem.Note note : item.corrections()) {
            g2.text(meta, "edNote", "Correction (" + note.at() + "): " + note.text());
        }
        for (PublicParts.Picture picture : parts.pictures()) {
            if (picture.itemPath() == null) {
                continue;
            }
            Element link = g2.add(meta, "link");
            link.setAttribute("rel", "irel:seeAlso");
            link.setAttribute("href", absolute.apply(picture.itemPath()));
            link.setAttribute("contenttype", NewsmlDocuments.MEDIA_TYPE);
            link.setAttribute("residref", "urn:newsroom-cms:photo:" + picture.id());
            G2Dom.attr(g2.add(link, "itemClass"), "qcode", "ninat:picture");
            g2.text(link, "title", picture.caption());
        }
    }

    private static void contentMeta(G2Dom g2, TextItem item, PublicParts parts, UnaryOperator<String> absolute) {
        ArticleContent c = item.content();
        Element meta = g2.add(g2.root(), "contentMeta");
        if (c.datelinePlace() != null) {
            g2.named(meta, "located", c.datelinePlace());
        }
        if (c.datelineSource() != null) {
            g2.named(meta, "infoSource", c.datelineSource());
        }
        for (PublicParts.Person person : parts.people()) {
            Element who = g2.named(meta, person.creator() ? "creator" : "contributor", person.name());
            G2Dom.attr(who, "role", role(person.role(), person.creator()));
            if (person.path() != null) {
                who.setAttribute("uri", absolute.apply(person.path()));
            }
        }
        if (c.language() != null) {
            g2.add(meta, "language").setAttribute("tag", c.language());
        }
        if (item.sectionName() != null && c.section() != null) {
            G2Dom.attr(g2.named(meta, "genre", item.sectionName()), "qcode", "nrsection:" + code(c.section()));
        }
        for (PublicParts.Subject subject : parts.subjects()) {
            Element s = g2.named(meta, "subject", subject.name());
            if (subject.qcode() != null) {
                s.setAttribute("qcode", subject.qcode());
            } else {
                G2Dom.attr(s, "uri", subject.uri());
            }
        }
        g2.text(meta, "slugline", item.slug());
        g2.text(meta, "headline", c.headline());
        g2.text(meta, "dateline", c.dateline());
        Element summary = g2.text(meta, "description", c.standfirst());
        if (summary != null) {
            summary.setAttribute("role", "drol:summary");
        }
    }

    /** The role as a code of our role scheme; a person without one is the author or a contributor. */
    static String role(String role, boolean creator) {
        String word = role == null || role.isBlank() ? (creator ? "author" : "contributor") : role;
        return "nrrole:" + code(word);
    }

    /** A QCode's code part: no spaces or colons (a QCode has exactly one colon). */
    static String code(String value) {
        return value.strip().replaceAll("[\\s:]+", "-");
    }

    /**
     * The body as an XHTML {@code html} element: jsoup parses the sanitised HTML (embeds turned into links first)
     * and converts it to a namespaced DOM, so whatever the HTML was, the XML is well formed.
     */
    static Element xhtml(ArticleContent c) {
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(Embeds.asLinks(c.body() == null ? "" : c.body()));
        html.title(c.headline() == null ? "" : c.headline());
        if (c.language() != null) {
            html.selectFirst("html").attr("lang", c.language());
        }
        return W3CDom.convert(html).getDocumentElement();
    }

    private static void scheme(G2Dom g2, Element catalog, String alias, String uri) {
        Element scheme = g2.add(catalog, "scheme");
        scheme.setAttribute("alias", alias);
        scheme.setAttribute("uri", uri);
    }
}
