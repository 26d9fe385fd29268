package org.newsroom.cms.web.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates sitemaps against sitemaps.org's schemas ({@code src/test/resources/sitemaps/}, unchanged files), with
 * their extension wildcards read as {@code lax}: the image and news extensions' schemas are not available here (see
 * the README there), everything in the sitemap namespace is still checked strictly.
 */
public final class SitemapXsd {

    public static final String INDEX = "siteindex.xsd";
    public static final String URLSET = "sitemap.xsd";

    private SitemapXsd() {
    }

    /** Every error the schema reports for the document; empty when it is valid. */
    public static List<String> errors(byte[] xml, String schemaFile) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema(schemaFile).newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static Schema schema(String file) throws SAXException, IOException {
        try (InputStream in = SitemapXsd.class.getResourceAsStream("/sitemaps/" + file)) {
            if (in == null) {
                throw new IOException("no schema /sitemaps/" + file + " on the test class path");
            }
            String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("processContents=\"strict\"", "processContents=\"lax\"");
            if (!xsd.contains("processContents=\"lax\"")) {
                throw new IOException(file + " has no extension wildcard to relax: is it the sitemaps.org schema?");
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(new java.io.StringReader(xsd)));
        }
    }
}
