package org.newsroom.cms.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (vnu, the W3C's validator) run in the test JVM: the errors it finds in a page. */
final class HtmlChecker {

    private HtmlChecker() {
    }

    /** Each error (and fatal error) as "line N: message", empty for a valid page. */
    static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode m : ApiClient.JSON.readTree(report).path("messages")) {
                String type = m.path("type").asText();
                if (type.equals("error") || m.path("subType").asText().equals("fatal")) {
                    errors.add("line " + m.path("lastLine").asText() + ": " + m.path("message").asText());
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException("vnu could not check the page", e);
        }
    }
}
