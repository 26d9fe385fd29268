package org.newsroom.cms.it;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The official IPTC ninjs 2.2 and 3.1 JSON Schemas (test resources, with attribution), formats asserted. */
final class NinjsSchema {

    private static final JsonSchema SCHEMA = load("2.2");
    private static final JsonSchema SCHEMA_31 = load("3.1");

    private NinjsSchema() {
    }

    /** Every schema violation in the document; empty when it is valid ninjs 2.2. */
    static List<String> problems(JsonNode document) {
        return messages(SCHEMA.validate(document));
    }

    /** The same against ninjs 3.1. */
    static List<String> problems31(JsonNode document) {
        return messages(SCHEMA_31.validate(document));
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String version) {
        try (InputStream in = NinjsSchema.class.getResourceAsStream("/ninjs/ninjs-schema_" + version + ".json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            // the schema refers to GeoJSON on the web; tests have no network, so a local stand-in answers
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/", "classpath:ninjs/geojson/")));
            return factory.getSchema(in, config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
