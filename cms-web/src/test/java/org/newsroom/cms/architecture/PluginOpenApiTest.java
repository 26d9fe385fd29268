package org.newsroom.cms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Every plugin's OpenAPI fragment ({@code META-INF/openapi/<plugin-id>.yaml}, merged by the host into
 * {@code /openapi}) says exactly what its JAX-RS resources do: the same operations at the same full paths
 * (read by reflection from the resources its {@link RestExtension}s return, with the host's mount points),
 * the same query and header parameters and request bodies, the media types the methods declare, and
 * 200 where a method cannot answer anything else. Each operation has an operationId, tags, its security
 * (roles for the newsroom, none for public paths), schemas for its answers and its 4xx, and refers only to
 * its own components or the host's shared ones; swagger-parser finds nothing wrong with it.
 */
class PluginOpenApiTest {

    /** The test plugins in cms-web's test sources; they ship no fragment unless they have one. */
    private static final Set<String> TEST_PLUGINS = Set.of("probe", "word-count");
    private static final Set<String> SHIPPED = Set.of("tagging", "bylines", "photo-captions");

    private static final List<String> HTTP = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> ROLES = Set.of("JOURNALIST", "EDITOR", "ADMIN");
    /** What the host defines for every document; fragments refer to these and never define them. */
    private static final Map<String, String> HOST_RESPONSES = orderedMap(
            "BadRequest", "400", "Unauthorized", "401", "Forbidden", "403", "NotFound", "404", "Conflict", "409",
            "Gone", "410", "PayloadTooLarge", "413", "UnsupportedMediaType", "415", "Unprocessable", "422");
    private static final Set<String> HOST_SCHEMAS = Set.of("Problem", "FieldError");
    /** Headers a method that evaluates preconditions ({@code @Context Request}) reads without {@code @HeaderParam}. */
    private static final Set<String> CONDITIONAL_HEADERS = Set.of("If-None-Match", "If-Match", "If-Modified-Since",
            "If-Unmodified-Since");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One installed plugin: its REST operations (from the code) and its fragment (null when it has none). */
    record Plugin(String id, Map<String, Operation> operations, JsonNode fragment) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** A JAX-RS resource method at its full path, e.g. {@code PUT /api/articles/{articleId}/bylines}. */
    record Operation(String method, String path, Method java, Class<?> resource) {
    }

    private static Map<String, Plugin> plugins;

    /** The installed plugins, found and built once (parameter sources may ask before any test runs). */
    private static synchronized Map<String, Plugin> plugins() throws IOException {
        if (plugins == null) {
            Map<String, Plugin> found = new TreeMap<>();
            for (CmsPlugin plugin : ServiceLoader.load(CmsPlugin.class)) {
                JsonNode fragment = fragment(plugin);
                if (TEST_PLUGINS.contains(plugin.id()) && fragment == null) {
                    continue;
                }
                plugin.init(new StubContext(plugin));
                try {
                    found.put(plugin.id(), new Plugin(plugin.id(), operations(plugin), fragment));
                } finally {
                    plugin.close();
                }
            }
            plugins = found;
        }
        return plugins;
    }

    static Stream<String> pluginIds() throws IOException {
        return plugins().keySet().stream();
    }

    @Test
    void theShippedPluginsAreFound() throws IOException {
        assertThat(plugins().keySet()).containsAll(SHIPPED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginIds")
    void theFragmentDocumentsExactlyTheOperationsOfTheCode(String id) throws IOException {
        Plugin plugin = plugins().get(id);
        if (plugin.operations().isEmpty() && plugin.fragment() == null) {
            return; // no REST resources, nothing to document
        }
        assertThat(plugin.fragment()).as("%s has REST resources but no META-INF/openapi/%s.yaml", id, id).isNotNull();
        Set<String> code = new TreeSet<>(plugin.operations().keySet());
        Set<String> documented = new TreeSet<>(documented(plugin.fragment()).keySet());
        Set<String> undocumented = new TreeSet<>(code);
        undocumented.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(code);
        assertThat(documented)
                .as("%s: in the code but not in the fragment: %s; in the fragment but not in the code: %s", id,
                        undocumented, stale)
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginIds")
    void parametersBodiesMediaTypesAndStatusesMatchTheMethods(String id) throws IOException {
        Plugin plugin = plugins().get(id);
        if (plugin.fragment() == null) {
            return;
        }
        Map<String, JsonNode> documented = documented(plugin.fragment());
        List<String> problems = new ArrayList<>();
        plugin.operations().forEach((key, op) -> {
            JsonNode doc = documented.get(key);
            if (doc != null) {
                compare(key, op, doc, fragmentPath(plugin.fragment(), key), problems);
            }
        });
        assertThat(problems).as(id + ": fragment and JAX-RS methods disagree").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginIds")
    void everyOperationIsComplete(String id) throws IOException {
        Plugin plugin = plugins().get(id);
        if (plugin.fragment() == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Iterator<String> keys = plugin.fragment().fieldNames();
        keys.forEachRemaining(k -> {
            if (!Set.of("paths", "components").contains(k)) {
                problems.add("top level: only paths and components are merged by the host, not " + k);
            }
        });
        String prefix = camel(id);
        plugin.fragment().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(e -> {
            if (!HTTP.contains(e.getKey())) {
                problems.add(path.getKey() + ": only operations (no path-level " + e.getKey() + ")");
                return;
            }
            String where = e.getKey().toUpperCase() + " " + path.getKey();
            checkOperation(where, path.getKey(), e.getValue(), id, prefix, problems);
        }));
        plugin.fragment().path("components").fields().forEachRemaining(kind -> kind.getValue().fieldNames()
                .forEachRemaining(name -> {
                    if (!name.startsWith(Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1))) {
                        problems.add("components/" + kind.getKey() + "/" + name + ": prefix the name with the plugin ("
                                + Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + "…)");
                    }
                    if (HOST_SCHEMAS.contains(name) || HOST_RESPONSES.containsKey(name) || name.equals("basicAuth")) {
                        problems.add("components/" + kind.getKey() + "/" + name + ": the host defines it");
                    }
                }));
        List<String> nulls = new ArrayList<>();
        collectNulls(plugin.fragment(), "", nulls);
        nulls.forEach(n -> problems.add(n + ": a key without a value (a comma in unquoted text inside {…}?)"));
        List<String> refs = new ArrayList<>();
        collectRefs(plugin.fragment(), refs);
        for (String ref : refs) {
            if (!resolvable(ref, plugin.fragment())) {
                problems.add("$ref " + ref + ": neither one of the fragment's components nor one the host provides");
            }
        }
        assertThat(problems).as(id + ": incomplete operations").isEmpty();
    }

    /** What swagger-parser lets through: unknown types, arrays without items, required names that are no property. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginIds")
    void schemasAreWellFormed(String id) throws IOException {
        Plugin plugin = plugins().get(id);
        if (plugin.fragment() == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        plugin.fragment().path("components").path("schemas").fields()
                .forEachRemaining(e -> checkSchema("components/schemas/" + e.getKey(), e.getValue(), problems));
        findSchemas(plugin.fragment().path("paths"), "paths", problems);
        assertThat(problems).as(id + ": malformed schemas").isEmpty();
    }

    @Test
    void operationIdsAreUniqueAcrossPlugins() throws IOException {
        Map<String, List<String>> byId = new TreeMap<>();
        plugins().values().stream().filter(p -> p.fragment() != null).forEach(p -> documented(p.fragment()).forEach(
                (key, op) -> byId.computeIfAbsent(op.path("operationId").asText(), k -> new ArrayList<>())
                        .add(p.id() + ": " + key)));
        byId.values().removeIf(l -> l.size() < 2);
        assertThat(byId).as("operationIds used more than once").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginIds")
    void swaggerParserFindsNothingWrong(String id) throws IOException {
        Plugin plugin = plugins().get(id);
        if (plugin.fragment() == null) {
            return;
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(
                JSON.writeValueAsString(wrapped(id, plugin.fragment())), null, options);
        assertThat(result.getMessages()).as(id + ": swagger-parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).hasSize(plugin.fragment().path("paths").size());
    }

    // ---- the code's side ---------------------------------------------------------------------------------

    /** The operations of every resource the plugin's REST extensions return, by {@code METHOD /normalised/path}. */
    private static Map<String, Operation> operations(CmsPlugin plugin) {
        Map<String, Operation> operations = new TreeMap<>();
        for (Object extension : plugin.extensions()) {
            if (!(extension instanceof RestExtension rest)) {
                continue;
            }
            collect(rest.pluginResource(), "/api/plugins/" + plugin.id(), operations);
            collect(rest.articleResource(UUID.randomUUID()), "/api/articles/{articleId}/" + plugin.id(), operations);
            rest.publicResources().forEach((segment, resource) -> collect(resource, "/api/public/" + segment, operations));
        }
        return operations;
    }

    private static void collect(Object resource, String mount, Map<String, Operation> into) {
        if (resource == null) {
            return;
        }
        assertThat(resource.getClass().isAnnotationPresent(Path.class))
                .as("%s is a sub-resource: no class-level @Path", resource.getClass().getName()).isFalse();
        collect(resource.getClass(), mount, into, new ArrayList<>());
    }

    private static void collect(Class<?> type, String prefix, Map<String, Operation> into, List<Class<?>> visiting) {
        assertThat(visiting).as("sub-resource locators loop through %s", type).doesNotContain(type);
        visiting.add(type);
        for (Method m : type.getMethods()) {
            if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String http = httpMethod(m);
            Path path = m.getAnnotation(Path.class);
            String full = join(prefix, path == null ? "" : path.value());
            if (http != null) {
                Operation previous = into.put(http + " " + normalise(full), new Operation(http, full, m, type));
                assertThat(previous).as("two methods answer %s %s", http, full).isNull();
            } else if (path != null) { // a sub-resource locator
                assertThat(m.getReturnType()).as("locator %s must declare the class it returns", m)
                        .isNotEqualTo(Object.class);
                collect(m.getReturnType(), full, into, visiting);
            }
        }
        visiting.remove(type);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String prefix, String path) {
        String tail = path.replaceAll("^/+|/+$", "");
        return tail.isEmpty() ? prefix : prefix + "/" + tail;
    }

    /** The path with every template variable, regular expression and all, as {@code {}}. */
    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{}");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        String normalised = out.toString().replaceAll("/+$", "");
        return normalised.isEmpty() ? "/" : normalised;
    }

    /** The template variable names of a path, without their regular expressions. */
    static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder name = null;
        for (char c : path.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                name = new StringBuilder();
            } else if (c == '}' && --depth == 0) {
                names.add(name.toString().split(":", 2)[0].strip());
            } else if (depth > 0) {
                name.append(c);
            }
        }
        return names;
    }

    // ---- comparing both sides ------------------------------------------------------------------------------

    private static void compare(String key, Operation op, JsonNode doc, String docPath, List<String> problems) {
        Method m = op.java();
        Map<String, String> queryDefaults = new TreeMap<>();
        Set<String> headers = new TreeSet<>();
        boolean entity = false;
        boolean preconditions = false;
        for (Parameter p : m.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            DefaultValue defaultValue = p.getAnnotation(DefaultValue.class);
            if (query != null) {
                queryDefaults.put(query.value(), defaultValue == null ? null : defaultValue.value());
            }
            HeaderParam header = p.getAnnotation(HeaderParam.class);
            if (header != null) {
                headers.add(header.value());
            }
            if (p.isAnnotationPresent(Context.class) && p.getType() == Request.class) {
                preconditions = true;
            }
            if (Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, FormParam.class,
                    MatrixParam.class, BeanParam.class, Context.class).noneMatch(p::isAnnotationPresent)) {
                entity = true;
            }
        }

        Map<String, JsonNode> docParams = new LinkedHashMap<>();
        for (JsonNode p : doc.path("parameters")) {
            docParams.put(p.path("in").asText() + ":" + p.path("name").asText(), p);
        }
        // path: each template variable once, required
        List<String> vars = variables(docPath);
        Set<String> docPathParams = names(docParams, "path");
        if (!docPathParams.equals(new TreeSet<>(vars))) {
            problems.add(key + ": path parameters " + docPathParams + " but the path has " + vars);
        }
        docParams.forEach((k, p) -> {
            if (k.startsWith("path:") && !p.path("required").asBoolean()) {
                problems.add(key + ": path parameter " + p.path("name").asText() + " must be required");
            }
            if (!p.has("schema")) {
                problems.add(key + ": parameter " + k + " has no schema");
            }
        });
        // query: the same names, the same defaults
        Set<String> docQuery = names(docParams, "query");
        if (!docQuery.equals(queryDefaults.keySet())) {
            problems.add(key + ": query parameters " + docQuery + " but the method reads " + queryDefaults.keySet());
        }
        queryDefaults.forEach((name, value) -> {
            JsonNode p = docParams.get("query:" + name);
            if (p == null) {
                return;
            }
            JsonNode documentedDefault = p.path("schema").path("default");
            if (value == null ? !documentedDefault.isMissingNode()
                    : documentedDefault.isMissingNode() || !documentedDefault.asText().equals(value)) {
                problems.add(key + ": query parameter " + name + " defaults to " + (value == null ? "nothing" : value)
                        + " in the code, to " + (documentedDefault.isMissingNode() ? "nothing" : documentedDefault)
                        + " in the fragment");
            }
            if (p.path("required").asBoolean()) {
                problems.add(key + ": query parameter " + name + " is optional in JAX-RS");
            }
        });
        // header: what the method reads; conditional-request headers where it evaluates preconditions
        Set<String> docHeaders = names(docParams, "header");
        Set<String> allowed = new TreeSet<>(headers);
        if (preconditions) {
            allowed.addAll(CONDITIONAL_HEADERS);
        }
        Set<String> extra = new TreeSet<>(docHeaders);
        extra.removeAll(allowed);
        Set<String> missingHeaders = new TreeSet<>(headers);
        missingHeaders.removeAll(docHeaders);
        if (!extra.isEmpty() || !missingHeaders.isEmpty()) {
            problems.add(key + ": header parameters " + docHeaders + " but the method reads " + headers
                    + (preconditions ? " (and conditional-request headers)" : ""));
        }
        if (docParams.keySet().stream().anyMatch(k -> !k.startsWith("path:") && !k.startsWith("query:")
                && !k.startsWith("header:"))) {
            problems.add(key + ": parameters other than path, query and header: " + docParams.keySet());
        }

        // request body: there exactly when the method takes an entity, in a media type it consumes
        JsonNode body = doc.path("requestBody");
        if (entity != !body.isMissingNode()) {
            problems.add(key + (entity ? ": the method reads a body; document it (requestBody)"
                    : ": the method reads no body, yet the fragment documents one"));
        }
        Set<String> consumes = mediaTypes(m.getAnnotation(Consumes.class), op.resource().getAnnotation(Consumes.class));
        if (!body.isMissingNode()) {
            if (!body.path("required").asBoolean()) {
                problems.add(key + ": the request body is required (a missing one is a 400)");
            }
            body.path("content").fields().forEachRemaining(c -> {
                if (!consumes.isEmpty() && !consumes.contains(c.getKey())) {
                    problems.add(key + ": the body is documented as " + c.getKey() + ", the method consumes " + consumes);
                }
                if (!c.getValue().has("schema")) {
                    problems.add(key + ": the " + c.getKey() + " body has no schema");
                }
            });
            if (body.path("content").isEmpty()) {
                problems.add(key + ": the request body has no content");
            }
        }

        // success answers: in media types the method produces; 200 (or 204) where it cannot say otherwise
        Set<String> produces = mediaTypes(m.getAnnotation(Produces.class), op.resource().getAnnotation(Produces.class));
        Set<String> successes = new TreeSet<>();
        doc.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                successes.add(r.getKey());
                r.getValue().path("content").fieldNames().forEachRemaining(type -> {
                    if (!produces.isEmpty() && !produces.contains(type)) {
                        problems.add(key + ": answers " + type + " in the fragment; the method produces " + produces);
                    }
                });
            }
        });
        if (m.getReturnType() != Response.class) {
            Set<String> only = Set.of(m.getReturnType() == void.class ? "204" : "200");
            if (!successes.equals(only)) {
                problems.add(key + ": the method returns " + m.getReturnType().getSimpleName() + ", so it answers "
                        + only + ", not " + successes);
            }
        }
    }

    private static Set<String> names(Map<String, JsonNode> params, String in) {
        Set<String> names = new TreeSet<>();
        params.keySet().stream().filter(k -> k.startsWith(in + ":")).forEach(k -> names.add(k.substring(in.length() + 1)));
        return names;
    }

    private static Set<String> mediaTypes(Annotation onMethod, Annotation onClass) {
        Annotation a = onMethod != null ? onMethod : onClass;
        String[] values = a == null ? new String[0]
                : a instanceof Consumes c ? c.value() : ((Produces) a).value();
        Set<String> types = new TreeSet<>();
        for (String v : values) {
            for (String t : v.split(",")) {
                types.add(t.strip());
            }
        }
        return types;
    }

    // ---- the fragment's side -------------------------------------------------------------------------------

    private static JsonNode fragment(CmsPlugin plugin) throws IOException {
        String name = "META-INF/openapi/" + plugin.id() + ".yaml";
        List<URL> found = Collections.list(plugin.getClass().getClassLoader().getResources(name));
        assertThat(found).as("%s is on the class path more than once", name).hasSizeLessThanOrEqualTo(1);
        if (found.isEmpty()) {
            return null;
        }
        try (InputStream in = found.get(0).openStream()) {
            JsonNode fragment = YAML.readTree(in);
            assertThat(fragment).as("%s is a YAML object", name).isNotNull();
            assertThat(fragment.isObject()).as("%s is a YAML object", name).isTrue();
            return fragment;
        }
    }

    /** The fragment's operations by {@code METHOD /normalised/path}. */
    private static Map<String, JsonNode> documented(JsonNode fragment) {
        Map<String, JsonNode> ops = new TreeMap<>();
        fragment.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP.contains(op.getKey())) {
                JsonNode previous = ops.put(op.getKey().toUpperCase() + " " + normalise(path.getKey()), op.getValue());
                assertThat(previous).as("%s %s is documented twice (under two spellings of the path)",
                        op.getKey().toUpperCase(), path.getKey()).isNull();
            }
        }));
        return ops;
    }

    /** The fragment's own spelling of the path of an operation key. */
    private static String fragmentPath(JsonNode fragment, String key) {
        String normalised = key.substring(key.indexOf(' ') + 1);
        Iterator<String> paths = fragment.path("paths").fieldNames();
        while (paths.hasNext()) {
            String p = paths.next();
            if (normalise(p).equals(normalised)) {
                return p;
            }
        }
        throw new IllegalStateException(key);
    }

    private static void checkOperation(String where, String path, JsonNode op, String pluginId, String prefix,
                                       List<String> problems) {
        String operationId = op.path("operationId").asText("");
        if (!operationId.matches(prefix + "[A-Z][A-Za-z0-9]*")) {
            problems.add(where + ": operationId \"" + operationId + "\" must be camelCase and start with " + prefix);
        }
        JsonNode tags = op.path("tags");
        if (!tags.isArray() || tags.isEmpty()) {
            problems.add(where + ": no tags");
        } else if (!tags.toString().contains("\"" + pluginId + "\"")) {
            problems.add(where + ": tag it " + pluginId);
        }
        if (op.path("summary").asText("").isBlank()) {
            problems.add(where + ": no summary");
        }
        if (op.path("description").asText("").isBlank()) {
            problems.add(where + ": no description (who may call it, what the errors mean)");
        }

        boolean isPublic = path.startsWith("/api/public/");
        JsonNode security = op.path("security");
        JsonNode roles = op.path("x-roles");
        JsonNode ownerOnly = op.path("x-owner-only");
        if (!security.isArray()) {
            problems.add(where + ": no security");
        } else if (isPublic) {
            if (!security.isEmpty()) {
                problems.add(where + ": a public operation has security: []");
            }
            if (!roles.isMissingNode() || !ownerOnly.isMissingNode()) {
                problems.add(where + ": a public operation has no x-roles or x-owner-only");
            }
        } else {
            boolean basic = false;
            for (JsonNode requirement : security) {
                basic |= requirement.has("basicAuth");
            }
            if (!basic) {
                problems.add(where + ": security: [{basicAuth: []}]");
            }
            Set<String> listed = new TreeSet<>();
            roles.forEach(r -> listed.add(r.asText()));
            if (!roles.isArray() || listed.isEmpty() || !ROLES.containsAll(listed) || listed.size() != roles.size()) {
                problems.add(where + ": x-roles must list the newsroom roles that may call it, among " + ROLES);
            }
            if (!ownerOnly.isMissingNode()) {
                if (!ownerOnly.isBoolean()) {
                    problems.add(where + ": x-owner-only is true or absent");
                } else if (ownerOnly.asBoolean() && (!path.startsWith("/api/articles/") || !listed.contains("JOURNALIST"))) {
                    problems.add(where + ": x-owner-only is for journalists acting on their own article");
                }
            }
        }

        JsonNode responses = op.path("responses");
        List<String> codes = new ArrayList<>();
        responses.fieldNames().forEachRemaining(codes::add);
        if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
            problems.add(where + ": no success response");
        }
        if (codes.contains("default")) {
            problems.add(where + ": list the real answers instead of default");
        }
        responses.fields().forEachRemaining(r -> {
            String code = r.getKey();
            JsonNode response = r.getValue();
            if (code.startsWith("2") && !code.equals("204")) {
                if (response.path("content").isEmpty()) {
                    problems.add(where + ": " + code + " has no content");
                }
                response.path("content").fields().forEachRemaining(c -> {
                    if (!c.getValue().has("schema")) {
                        problems.add(where + ": " + code + " " + c.getKey() + " has no schema");
                    }
                });
            }
            if (!response.has("$ref") && response.path("description").asText("").isBlank()) {
                problems.add(where + ": " + code + " has no description");
            }
            if (code.startsWith("4")) {
                String ref = response.path("$ref").asText("");
                String component = ref.replace("#/components/responses/", "");
                if (!code.equals(HOST_RESPONSES.get(component))) {
                    problems.add(where + ": " + code + " must be $ref: '#/components/responses/<the host's response for "
                            + code + ">' (one of " + HOST_RESPONSES + ")");
                }
            }
        });
        if (!isPublic && !codes.contains("401")) {
            problems.add(where + ": a secured operation answers 401");
        }
        if (isPublic && (codes.contains("401") || codes.contains("403"))) {
            problems.add(where + ": a public operation answers neither 401 nor 403");
        }
        if (!isPublic && !codes.contains("409")) {
            problems.add(where + ": newsroom plugin paths answer 409 while the plugin is disabled");
        }
        if (isPublic && !codes.contains("404")) {
            problems.add(where + ": public plugin paths answer 404 while the plugin is disabled");
        }
        if (path.startsWith("/api/articles/") && !codes.contains("404")) {
            problems.add(where + ": article paths answer 404 for an unknown article");
        }
        if (ownerOnly.asBoolean() && !codes.contains("403")) {
            problems.add(where + ": an owner-only operation answers 403 to others");
        }
        if (!roles.isMissingNode() && roles.size() < ROLES.size() && !codes.contains("403")) {
            problems.add(where + ": an operation for some roles only answers 403 to the others");
        }
        if (op.has("requestBody") && !codes.contains("400")) {
            problems.add(where + ": an operation with a body answers 400 to one it cannot read");
        }
    }

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");

    /** Every {@code schema} under {@code node} (parameters, bodies, responses, headers). */
    private static void findSchemas(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("schema")) {
                    checkSchema(at + "/schema", e.getValue(), problems);
                } else {
                    findSchemas(e.getValue(), at + "/" + e.getKey(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSchemas(node.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static void checkSchema(String at, JsonNode schema, List<String> problems) {
        if (!schema.isObject()) {
            problems.add(at + ": a schema is an object");
            return;
        }
        if (schema.has("$ref")) {
            if (schema.size() > 1) {
                problems.add(at + ": OpenAPI 3.0 ignores what stands next to $ref; wrap it in allOf");
            }
            return;
        }
        JsonNode type = schema.path("type");
        if (!type.isMissingNode() && !TYPES.contains(type.asText())) {
            problems.add(at + ": type " + type + " is none of " + TYPES);
        }
        if (type.isMissingNode() && Stream.of("allOf", "oneOf", "anyOf", "not").noneMatch(schema::has)) {
            problems.add(at + ": no type");
        }
        if (type.asText().equals("array") != schema.has("items")) {
            problems.add(at + ": items belong to (and only to) arrays");
        }
        if (schema.has("nullable") && !schema.get("nullable").isBoolean()) {
            problems.add(at + ": nullable is true or false");
        }
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(r -> {
            if (!properties.has(r.asText())) {
                problems.add(at + ": required " + r.asText() + " is not among the properties");
            }
        });
        schema.path("enum").forEach(v -> {
            boolean fits = switch (type.asText()) {
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                default -> true;
            };
            if (!fits) {
                problems.add(at + ": enum value " + v + " is not of type " + type.asText());
            }
        });
        properties.fields().forEachRemaining(p -> checkSchema(at + "/properties/" + p.getKey(), p.getValue(), problems));
        if (schema.has("items")) {
            checkSchema(at + "/items", schema.get("items"), problems);
        }
        if (schema.path("additionalProperties").isObject()) {
            checkSchema(at + "/additionalProperties", schema.get("additionalProperties"), problems);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode parts = schema.path(combinator);
            for (int i = 0; i < parts.size(); i++) {
                checkSchema(at + "/" + combinator + "[" + i + "]", parts.get(i), problems);
            }
        }
        if (schema.has("not")) {
            checkSchema(at + "/not", schema.get("not"), problems);
        }
    }

    private static void collectNulls(JsonNode node, String at, List<String> nulls) {
        if (node.isNull()) {
            nulls.add(at);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectNulls(e.getValue(), at + "/" + e.getKey(), nulls));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), at + "[" + i + "]", nulls);
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static boolean resolvable(String ref, JsonNode fragment) {
        String prefix = "#/components/";
        if (!ref.startsWith(prefix)) {
            return false;
        }
        String[] parts = ref.substring(prefix.length()).split("/");
        if (parts.length != 2) {
            return false;
        }
        return parts[0].equals("schemas") && HOST_SCHEMAS.contains(parts[1])
                || parts[0].equals("responses") && HOST_RESPONSES.containsKey(parts[1])
                || fragment.path("components").path(parts[0]).has(parts[1]);
    }

    /** The fragment as a document of its own, with stand-ins for what the host defines. */
    private static ObjectNode wrapped(String id, JsonNode fragment) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Plugin " + id).put("version", "test");
        doc.set("paths", fragment.path("paths").deepCopy());
        ObjectNode components = doc.putObject("components");
        fragment.path("components").fields().forEachRemaining(kind -> components.set(kind.getKey(), kind.getValue().deepCopy()));
        components.withObjectProperty("securitySchemes").putObject("basicAuth").put("type", "http").put("scheme", "basic");
        ObjectNode schemas = components.withObjectProperty("schemas");
        ObjectNode fieldError = schemas.putObject("FieldError").put("type", "object");
        fieldError.putObject("properties").putObject("field").put("type", "string");
        ((ObjectNode) fieldError.get("properties")).putObject("message").put("type", "string");
        ObjectNode problem = schemas.putObject("Problem").put("type", "object");
        ObjectNode properties = problem.putObject("properties");
        for (String text : List.of("type", "title", "detail")) {
            properties.putObject(text).put("type", "string");
        }
        properties.putObject("status").put("type", "integer");
        properties.putObject("errors").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/FieldError");
        ObjectNode responses = components.withObjectProperty("responses");
        HOST_RESPONSES.forEach((name, status) -> responses.putObject(name).put("description", "Problem " + status)
                .putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/Problem"));
        return doc;
    }

    /** {@code photo-captions} → {@code photoCaptions}. */
    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    // ---- a context good enough to build the extensions -----------------------------------------------------

    /** Config from the plugin's defaults, UTC clock, no database; articles and caller must not be needed. */
    private static final class StubContext implements PluginContext {

        private final String id;
        private final Map<String, Object> defaults = new HashMap<>();

        StubContext(CmsPlugin plugin) {
            this.id = plugin.id();
            for (ConfigSetting s : plugin.configMetadata()) {
                defaults.put(s.key(), s.defaultValue());
            }
        }

        @Override
        public String pluginId() {
            return id;
        }

        @Override
        public PluginConfig config() {
            return new PluginConfig() {
                @Override
                public String string(String key) {
                    return (String) value(key);
                }

                @Override
                public int integer(String key) {
                    return ((Number) value(key)).intValue();
                }

                @Override
                public boolean bool(String key) {
                    return (Boolean) value(key);
                }

                @Override
                @SuppressWarnings("unchecked")
                public List<String> list(String key) {
                    return (List<String>) value(key);
                }

                private Object value(String key) {
                    if (!defaults.containsKey(key)) {
                        throw new IllegalArgumentException(id + " reads the undeclared setting " + key);
                    }
                    return defaults.get(key);
                }
            };
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public Logger logger() {
            return Logger.getLogger("plugin." + id);
        }

        @Override
        public org.jdbi.v3.core.Jdbi jdbi() {
            return null;
        }

        @Override
        public ArticleAccess articles() {
            return (ArticleAccess) Proxy.newProxyInstance(ArticleAccess.class.getClassLoader(),
                    new Class<?>[] {ArticleAccess.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException("no articles while building the extensions: "
                                + method.getName());
                    });
        }

        @Override
        public Optional<Caller> caller() {
            throw new UnsupportedOperationException("no caller while building the extensions");
        }
    }
}
