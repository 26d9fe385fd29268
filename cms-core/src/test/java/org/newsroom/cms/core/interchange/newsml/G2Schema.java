package org.newsroom.cms.core.interchange.newsml;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The official IPTC NewsML-G2 2.35 schema (test resources, CC BY 4.0), as a list of problems per document. */
final class G2Schema {

    private static final Schema SCHEMA = load();

    private G2Schema() {
    }

    /** Every warning and error the schema finds in {@code xml}; empty when it is valid. */
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

    private static Schema load() {
        try {
            URL xsd = G2Schema.class.getResource("/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd); // xml.xsd is imported from the same folder
        } catch (Exception e) {
            throw new IllegalStateException("The NewsML-G2 schema in the test resources cannot be read", e);
        }
    }
}
