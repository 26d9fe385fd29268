package org.newsroom.cms.plugins.photocaptions.newsml;

import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.newsroom.cms.plugins.photocaptions.publish.PhotoAddresses;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A published photo as a NewsML-G2 2.35 picture {@code newsItem} (checked against the IPTC schema in the tests):
 * rights (copyright notice), itemMeta, contentMeta (caption as description, credit line, photographer as
 * {@code by}, the article's language) and a {@code remoteContent} for the original and each rendition, with
 * absolute hrefs. Written through the JDK's DOM, so no caption can break the XML.
 */
public final class PictureItem {

    public static final String MEDIA_TYPE = "application/vnd.iptc.g2.newsitem+xml";
    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml";

    private final Document doc;

    private PictureItem(Document doc) {
        this.doc = doc;
    }

    /** The item's own address, site-relative: what the text item links. */
    public static String path(UUID photoId) {
        return "/api/public/photos/" + photoId + ".newsml";
    }

    /**
     * @param published when the photo's article was (last) published: the item's version time
     * @param language  the article's language, which the caption is written in (may be null)
     * @param absolute  makes a site-relative URL absolute with the public base URL
     */
    public static String write(Photo photo, Instant published, String language, UnaryOperator<String> absolute) {
        PictureItem item = new PictureItem(newDocument());
        return item.build(photo, published, language, absolute);
    }

    private String build(Photo photo, Instant published, String language, UnaryOperator<String> absolute) {
        Element root = doc.createElementNS(NAR, "newsItem");
        doc.appendChild(root);
        root.setAttribute("guid", "urn:newsroom-cms:photo:" + photo.id());
        root.setAttribute("version", "1");
        root.setAttribute("standard", "NewsML-G2");
        root.setAttribute("standardversion", "2.35");
        root.setAttribute("conformance", "power");
        if (language != null) {
            root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", language);
        }
        add(root, "catalogRef").setAttribute("href", IPTC_CATALOG);
        if (present(photo.copyright())) {
            text(add(root, "rightsInfo"), "copyrightNotice", photo.copyright());
        }

        Element meta = add(root, "itemMeta");
        add(meta, "itemClass").setAttribute("qcode", "ninat:picture");
        add(meta, "provider").setAttribute("uri", absolute.apply("/"));
        text(meta, "versionCreated", published.toString());
        add(meta, "pubStatus").setAttribute("qcode", "stat:usable");

        Element content = add(root, "contentMeta");
        if (language != null) {
            add(content, "language").setAttribute("tag", language);
        }
        text(content, "by", present(photo.photographer()) ? photo.photographer() : null);
        text(content, "creditline", photo.credit());
        Element caption = text(content, "description", photo.caption());
        if (caption != null) {
            caption.setAttribute("role", "drol:caption");
        }

        Element set = add(root, "contentSet");
        PhotoAddresses at = PhotoAddresses.of(photo, false);
        remote(set, absolute.apply(at.original()), photo.mediaType(), photo.width(), photo.height());
        for (PhotoAddresses.Sized r : at.renditions()) {
            remote(set, absolute.apply(r.path()), "image/jpeg", r.width(), r.height());
        }
        return serialize();
    }

    private void remote(Element set, String href, String contentType, Integer width, Integer height) {
        Element remote = add(set, "remoteContent");
        remote.setAttribute("href", href);
        if (contentType != null) {
            remote.setAttribute("contenttype", contentType);
        }
        if (width != null) {
            remote.setAttribute("width", width.toString());
        }
        if (height != null) {
            remote.setAttribute("height", height.toString());
        }
    }

    private Element add(Element parent, String name) {
        Element e = doc.createElementNS(NAR, name);
        parent.appendChild(e);
        return e;
    }

    private Element text(Element parent, String name, String value) {
        if (!present(value)) {
            return null;
        }
        Element e = add(parent, name);
        e.setTextContent(value);
        return e;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM is not available", e);
        }
    }

    private String serialize() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the picture item", e);
        }
    }
}
