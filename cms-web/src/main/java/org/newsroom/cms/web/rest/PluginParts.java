package org.newsroom.cms.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.core.application.PluginDisabledException;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.CreateFields;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Reads the {@code plugins} object of {@code POST /api/articles} into each plugin's own type
 * ({@link CreateFields#type()}) with the API's one JSON mapping, so a part is read exactly as the plugin's own
 * endpoint reads the same body. Unknown plugin: 400; disabled: 409; one that takes no part: 400; a part that
 * does not fit its type: the usual 400 naming the field from the root ({@code plugins.tagging.tags}).
 */
@ApplicationScoped
public class PluginParts {

    private static final ObjectMapper MAPPER = JacksonConfig.mapper();

    @Inject
    PluginRegistry registry;

    /** The parts by plugin id, each bound to its plugin's type; empty for a request without {@code plugins}. */
    public Map<String, Object> read(Map<String, JsonNode> parts) throws JsonProcessingException {
        Map<String, Object> bound = new LinkedHashMap<>();
        if (parts == null) {
            return bound;
        }
        for (Map.Entry<String, JsonNode> part : parts.entrySet()) {
            String id = part.getKey();
            CreateFields<?> fields = fieldsOf(id);
            if (part.getValue() == null || part.getValue().isNull()) {
                continue; // "tagging": null sends nothing for the plugin, like leaving it out
            }
            try {
                bound.put(id, MAPPER.treeToValue(part.getValue(), fields.type()));
            } catch (JsonMappingException e) {
                e.prependPath(parts, id);
                e.prependPath(Map.of(), "plugins");
                throw e;
            }
        }
        return bound;
    }

    private CreateFields<?> fieldsOf(String id) {
        if (registry.plugin(id).isEmpty()) {
            throw new MalformedInputException("plugins." + id, "No plugin " + Problems.echo(id)
                    + " is installed; installed: " + registry.plugins().stream().map(p -> p.id())
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (!registry.isEnabled(id)) {
            throw new PluginDisabledException(id);
        }
        Optional<CreateFields> fields = registry.active(CreateFields.class).stream()
                .filter(a -> a.pluginId().equals(id)).map(PluginRegistry.Active::extension).findFirst();
        return fields.orElseThrow(() -> new MalformedInputException("plugins." + id, "The plugin " + Problems.echo(id)
                + " takes nothing when an article is created; use its own endpoints under /api/articles/{id}/" + id
                + "/ afterwards."));
    }
}
