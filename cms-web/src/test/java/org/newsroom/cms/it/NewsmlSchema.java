package org.newsroom.cms.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The official IPTC NewsML-G2 2.35 schema (CC BY 4.0; cms-core's test resources, added to ours by the pom) as
 * a list of problems per document, and XPath over the G2 ({@code g:}) and XHTML ({@code h:}) namespaces.
 */
final class NewsmlSchema {

    private static final Schema SCHEMA = load();

    private NewsmlSchema() {
    }

    /** Every warning and error the schema finds; empty when the document is valid. */
    static List<String> problems(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return problems;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The string value of an XPath with the {@code g:} and {@code h:} prefixes. */
    static String x(Document doc, String path) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "g" -> "http://iptc.org/std/nar/2006-10-01/";
                    case "h" -> "http://www.w3.org/1999/xhtml";
                    default -> XMLConstants.NULL_NS_URI;
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
        return xpath.evaluate(path, doc);
    }

    private static Schema load() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                    NewsmlSchema.class.getResource("/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("The NewsML-G2 schema in the test resources cannot be read", e);
        }
    }
}
