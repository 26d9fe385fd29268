package org.newsroom.cms.web.openapi;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the whole document from the core part and the plugins' fragments, then applies the rules that hold
 * for every operation so no annotation or fragment has to repeat them:
 * <ul>
 *   <li>{@code security}: none on {@code /api/public/**}, HTTP Basic everywhere else;</li>
 *   <li>{@code x-roles}: who may call; {@code [ADMIN]} under {@code /api/admin/**} (those resources are
 *       {@code @RolesAllowed("ADMIN")}), every newsroom role where nothing narrower is declared;</li>
 *   <li>problem answers: 400 always; 401, 403 and 429 (sign-in throttling) when signed in; 404 with a path parameter; 409 for writes;
 *       415 and 422 with a body; 412 with {@code If-Match}, 428 when it is required. An operation's own
 *       answers are kept.</li>
 * </ul>
 * Pure: no I/O, so the test validates exactly what is served.
 */
public final class OpenApiMerger {

    static final List<String> ALL_ROLES = List.of("JOURNALIST", "EDITOR", "ADMIN");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    /**
     * @param core      the document SmallRye generated from the core resources
     * @param fragments each plugin's fragment by plugin id ({@code paths} and {@code components})
     * @throws IllegalStateException when a fragment claims an operation or a schema that exists already
     */
    public static ObjectNode merge(JsonNode core, Map<String, JsonNode> fragments) {
        ObjectNode doc = core.deepCopy();
        doc.put("openapi", "3.0.3");
        if (!doc.has("servers")) { // relative: the document describes the server that serves it
            doc.putArray("servers").addObject().put("url", "/").put("description", "this CMS");
        }
        ObjectNode paths = doc.withObjectProperty("paths");
        ObjectNode components = doc.withObjectProperty("components");
        ArrayNode tags = doc.withArrayProperty("tags");
        fragments.forEach((pluginId, fragment) -> {
            fragment.path("paths").fields().forEachRemaining(path -> {
                ObjectNode target = paths.withObjectProperty(path.getKey());
                path.getValue().fields().forEachRemaining(op -> {
                    if (target.has(op.getKey())) {
                        throw new IllegalStateException("Plugin " + pluginId + " documents " + op.getKey().toUpperCase()
                                + " " + path.getKey() + ", which is documented already");
                    }
                    target.set(op.getKey(), op.getValue().deepCopy());
                });
            });
            fragment.path("components").fields().forEachRemaining(kind -> {
                ObjectNode target = components.withObjectProperty(kind.getKey());
                kind.getValue().fields().forEachRemaining(entry -> {
                    if (target.has(entry.getKey())) {
                        throw new IllegalStateException("Plugin " + pluginId + " defines components/" + kind.getKey()
                                + "/" + entry.getKey() + ", which exists already");
                    }
                    target.set(entry.getKey(), entry.getValue().deepCopy());
                });
            });
            if (!hasTag(tags, pluginId)) {
                tags.addObject().put("name", pluginId).put("description", "Plugin " + pluginId);
            }
        });
        paths.fields().forEachRemaining(path -> operations(path.getValue()).forEachRemaining(
                op -> complete(path.getKey(), op.getKey(), (ObjectNode) op.getValue(), path.getValue())));
        return doc;
    }

    private static boolean hasTag(ArrayNode tags, String name) {
        for (JsonNode t : tags) {
            if (name.equals(t.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<Map.Entry<String, JsonNode>> operations(JsonNode pathItem) {
        List<Map.Entry<String, JsonNode>> ops = new java.util.ArrayList<>();
        pathItem.fields().forEachRemaining(e -> {
            if (METHODS.contains(e.getKey())) {
                ops.add(e);
            }
        });
        return ops.iterator();
    }

    private static void complete(String path, String method, ObjectNode op, JsonNode pathItem) {
        boolean isPublic = path.startsWith("/api/public/") || path.equals("/api/public");
        ArrayNode security = JSON.arrayNode();
        if (!isPublic) {
            security.addObject().set("basicAuth", JSON.arrayNode());
            if (!op.has("x-roles")) {
                ArrayNode roles = op.putArray("x-roles");
                (path.startsWith("/api/admin/") ? List.of("ADMIN") : ALL_ROLES).forEach(roles::add);
            }
        }
        op.set("security", security);
        ObjectNode responses = op.withObjectProperty("responses");
        responses.remove("default");
        answer(responses, "400", "BadRequest");
        if (!isPublic) {
            answer(responses, "401", "Unauthorized");
            answer(responses, "403", "Forbidden");
            answer(responses, "429", "TooManyRequests"); // sign-in throttling applies to every signed-in call
        }
        if (path.contains("{")) {
            answer(responses, "404", "NotFound");
        }
        if (!method.equals("get")) {
            answer(responses, "409", "Conflict");
        }
        if (op.has("requestBody")) {
            answer(responses, "415", "UnsupportedMediaType");
            answer(responses, "422", "Unprocessable");
        }
        JsonNode ifMatch = ifMatch(op, pathItem);
        if (ifMatch != null) {
            answer(responses, "412", "PreconditionFailed");
            if (ifMatch.path("required").asBoolean()) {
                answer(responses, "428", "PreconditionRequired");
            }
        }
    }

    private static JsonNode ifMatch(JsonNode op, JsonNode pathItem) {
        for (JsonNode list : new JsonNode[] {op.path("parameters"), pathItem.path("parameters")}) {
            for (JsonNode p : list) {
                if ("header".equals(p.path("in").asText()) && "If-Match".equalsIgnoreCase(p.path("name").asText())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static void answer(ObjectNode responses, String status, String component) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", "#/components/responses/" + component);
        }
    }
}
