package org.newsroom.cms.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.CmsPlugin;

/**
 * The served document, built once per deployment (the installed plugins are fixed by then): the core part
 * generated at build time ({@value #CORE}) and every installed plugin's fragment
 * ({@code META-INF/openapi/<plugin-id>.yaml} in the plugin's jar), merged by {@link OpenApiMerger}.
 */
@ApplicationScoped
public class OpenApiDocument {

    static final String CORE = "META-INF/openapi/core.json";

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Inject
    PluginRegistry registry;

    private volatile byte[] json;
    private volatile byte[] yaml;

    public byte[] json() {
        build();
        return json;
    }

    public byte[] yaml() {
        build();
        return yaml;
    }

    private synchronized void build() {
        if (json != null) {
            return;
        }
        Map<String, JsonNode> fragments = new LinkedHashMap<>();
        for (CmsPlugin plugin : registry.plugins()) {
            JsonNode fragment = read(YAML, plugin.getClass().getClassLoader(), "META-INF/openapi/" + plugin.id() + ".yaml");
            if (fragment != null) {
                fragments.put(plugin.id(), fragment);
            }
        }
        JsonNode core = read(JSON, OpenApiDocument.class.getClassLoader(), CORE);
        if (core == null) {
            throw new IllegalStateException(CORE + " is missing: the build generates it (smallrye-open-api-maven-plugin)");
        }
        ObjectNode merged = OpenApiMerger.merge(core, fragments);
        try {
            yaml = YAML.writeValueAsBytes(merged);
            json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(ObjectMapper mapper, ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
