package org.newsroom.cms.core.interchange.newsml;

import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A small DOM writer for G2 elements: every element in the NAR namespace, text escaped by the DOM, so no value
 * (a headline with "&lt;", a caption with a quote) can break the document.
 */
final class G2Dom {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document doc;

    // looked up once (a service-loader search each time otherwise); newDocumentBuilder/newTransformer are per call
    private static final DocumentBuilderFactory BUILDERS = DocumentBuilderFactory.newInstance();
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

    static {
        BUILDERS.setNamespaceAware(true);
        TRANSFORMERS.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        TRANSFORMERS.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    }

    private G2Dom(Document doc) {
        this.doc = doc;
    }

    /** A new document whose root is a {@code newsItem}. */
    static G2Dom newsItem() {
        try {
            G2Dom dom = new G2Dom(BUILDERS.newDocumentBuilder().newDocument());
            dom.doc.appendChild(dom.doc.createElementNS(NAR, "newsItem"));
            return dom;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM is not available", e);
        }
    }

    Document document() {
        return doc;
    }

    Element root() {
        return doc.getDocumentElement();
    }

    /** A child element appended to {@code parent}. */
    Element add(Element parent, String name) {
        Element e = doc.createElementNS(NAR, name);
        parent.appendChild(e);
        return e;
    }

    /** A child element holding {@code text}, or nothing when the text is null or blank. */
    Element text(Element parent, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Element e = add(parent, name);
        e.setTextContent(text);
        return e;
    }

    /** A child element with a {@code name} child, e.g. {@code <located><name>Jakarta</name></located>}. */
    Element named(Element parent, String name, String value) {
        Element e = add(parent, name);
        text(e, "name", value);
        return e;
    }

    static void attr(Element e, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            e.setAttribute(name, String.valueOf(value));
        }
    }

    /** The document as UTF-8 XML text with its declaration. */
    String serialize() {
        try {
            var transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // no indenting: it would add whitespace inside the body's mixed content
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the NewsML-G2 document", e);
        }
    }
}
