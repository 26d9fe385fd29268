package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.plugins.example.WordCountPlugin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The role matrix, generated from the OpenAPI document ({@code target/openapi.json}, written by
 * {@code OpenApiDocumentTest} in the test phase): every operation × (anonymous, owning journalist, other
 * journalist, editor, admin), each with a request that would succeed if the caller were allowed (real fixtures:
 * an article of the owning journalist in the state the operation needs, tags, contributors, photos, users).
 * What the document allows ({@code security: []}: everyone; else the caller's role in {@code x-roles}, and for
 * {@code x-owner-only} a journalist only on their own article) is compared with what the server did: 2xx/3xx
 * success, 401/403 refused, any other 4xx "not applicable" (counted apart). Fails on any unauthorised success
 * and any 5xx; reports allowed callers that were refused (where the document over-promises). Prints the table.
 * <p>
 * Destructive operations act on fixtures made for them: users created per call, tags and contributors per
 * call, and the plugin operations on the test plugin {@code word-count} deployed with this suite (no other test
 * relies on its state here), which is enabled and reset to its defaults again at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    /** The plugin the plugin operations act on: harmless, and no shipped behaviour depends on it. */
    private static final String FIXTURE_PLUGIN = "word-count";
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms()
                .addPackages(false, WordCountPlugin.class.getPackage())
                .addAsResource(new StringAsset(WordCountPlugin.class.getName() + "\n"),
                        "META-INF/services/org.newsroom.cms.plugin.api.CmsPlugin");
    }

    @ArquillianResource
    URL base;

    /** The five callers of every operation. */
    enum Caller {
        ANONYMOUS("anonymous", null), OWNER("owner", "JOURNALIST"), OTHER("other jour.", "JOURNALIST"),
        EDITOR("editor", "EDITOR"), ADMIN("admin", "ADMIN");

        final String label;
        final String role;

        Caller(String label, String role) {
            this.label = label;
            this.role = role;
        }
    }

    /** One operation of the document and who it says may call it. */
    record Operation(String id, String method, String path, boolean isPublic, List<String> roles, boolean ownerOnly) {

        boolean allows(Caller caller) {
            if (isPublic) {
                return true;
            }
            if (caller.role == null || !roles.contains(caller.role)) {
                return false;
            }
            return !ownerOnly || !"JOURNALIST".equals(caller.role) || caller == Caller.OWNER;
        }
    }

    /** What happened to one caller of one operation. */
    enum Verdict { SUCCESS, REFUSED, BREACH, OVER_PROMISED, NOT_APPLICABLE, ERROR }

    record Outcome(Operation op, Caller caller, int status, boolean allowed, String detail) {
        Verdict verdict() {
            boolean success = status >= 200 && status < 400;
            boolean refused = status == 401 || status == 403;
            if (status >= 500) {
                return Verdict.ERROR;
            }
            if (success) {
                return allowed ? Verdict.SUCCESS : Verdict.BREACH;
            }
            if (refused) {
                return allowed ? Verdict.OVER_PROMISED : Verdict.REFUSED;
            }
            return Verdict.NOT_APPLICABLE;
        }

        String cell() {
            return status + switch (verdict()) {
                case BREACH -> "!";
                case OVER_PROMISED -> "?";
                case NOT_APPLICABLE -> "~";
                case ERROR -> "#";
                default -> "";
            };
        }

        String line() {
            return op.id() + " as " + caller.label + ": " + status + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** One request: path values, query, and a JSON body, raw bytes or multipart parts, plus headers. */
    static final class Call {
        final Map<String, String> params = new LinkedHashMap<>();
        final List<String> headers = new ArrayList<>();
        String query;
        Object json;
        String contentType;
        byte[] bytes;
        List<ApiClient.Part> parts;

        Call param(String name, Object value) {
            params.put(name, String.valueOf(value));
            return this;
        }

        Call query(String query) {
            this.query = query;
            return this;
        }

        Call json(Object body) {
            this.json = body;
            return this;
        }

        Call raw(String type, byte[] content) {
            this.contentType = type;
            this.bytes = content;
            return this;
        }

        Call parts(List<ApiClient.Part> multipart) {
            this.parts = multipart;
            return this;
        }

        Call ifMatch(String etag) {
            headers.add("If-Match");
            headers.add(etag);
            return this;
        }
    }

    /** Prepares the fixtures for one caller of one operation and says what to send. */
    @FunctionalInterface
    interface Recipe {
        Call prepare(Caller caller);
    }

    private final AtomicInteger counter = new AtomicInteger();
    private final String run = Long.toString(System.nanoTime(), 36);
    private Newsroom newsroom;
    private ApiClient root;
    private ApiClient desk;
    private ApiClient owner;
    private final Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);

    // shared read-only fixtures
    private String readArticle;
    private String readPhoto;
    private String liveSlug;
    private String livePhoto;
    private long tagId;
    private String tagSlug;
    private String contributorSlug;
    private String someUser;

    @Test
    void noCallerSucceedsWhereTheDocumentDoesNotAllowIt() throws Exception {
        List<Operation> operations = operations(document());
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(50);
        long started = System.nanoTime();
        newsroom = new Newsroom(base);
        root = newsroom.admin;
        desk = newsroom.user("matrix-desk", "EDITOR");
        owner = newsroom.user("matrix-owner", "JOURNALIST");
        clients.put(Caller.ANONYMOUS, newsroom.anonymous());
        clients.put(Caller.OWNER, owner);
        clients.put(Caller.OTHER, newsroom.user("matrix-other", "JOURNALIST"));
        clients.put(Caller.EDITOR, newsroom.user("matrix-editor", "EDITOR"));
        clients.put(Caller.ADMIN, newsroom.user("matrix-admin", "ADMIN"));
        sharedFixtures();

        Map<String, Recipe> recipes = recipes();
        List<String> uncovered = new ArrayList<>();
        for (Operation op : operations) {
            if (!recipes.containsKey(op.id()) && !(op.path().indexOf('{') < 0 && op.method().equals("GET"))) {
                uncovered.add(op.id() + " (" + op.method() + " " + op.path() + ")");
            }
        }
        assertThat(uncovered).as("operations without a recipe in RoleMatrixIT.recipes(): add one that would "
                + "succeed for an allowed caller").isEmpty();

        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Operation op : operations) {
                Recipe recipe = recipes.getOrDefault(op.id(), caller -> new Call());
                for (Caller caller : Caller.values()) {
                    Call call = recipe.prepare(caller);
                    ApiClient.Reply reply = send(clients.get(caller), op, call);
                    outcomes.add(new Outcome(op, caller, reply.status(), op.allows(caller), detail(reply)));
                }
            }
        } finally {
            restoreFixturePlugin();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        print(operations, outcomes, seconds);
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.BREACH).extracting(Outcome::line)
                .as("unauthorised successes").isEmpty();
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.ERROR).extracting(Outcome::line)
                .as("server errors").isEmpty();
        List<String> neverSucceeded = new ArrayList<>();
        for (Operation op : operations) {
            if (outcomes.stream().noneMatch(o -> o.op() == op && o.verdict() == Verdict.SUCCESS)) {
                neverSucceeded.add(op.id());
            }
        }
        assertThat(neverSucceeded).as("operations no caller could use: their recipe proves nothing").isEmpty();
    }

    // ---- the document -----------------------------------------------------------------------------------

    /** {@code target/openapi.json}, checked against the document the deployed WAR serves. */
    private JsonNode document() throws IOException {
        Path file = Path.of("target/openapi.json");
        if (!Files.exists(file)) {
            file = Path.of("cms-web/target/openapi.json");
        }
        assertThat(file).as("target/openapi.json is written by the unit test OpenApiDocumentTest in the test phase; "
                + "run the cms-web unit tests first (e.g. mvn -o -B verify -pl cms-web -Dtest=OpenApiDocumentTest "
                + "-Dit.test=RoleMatrixIT -Dsurefire.failIfNoSpecifiedTests=false)").exists();
        JsonNode doc = ApiClient.JSON.readTree(file.toFile());
        ApiClient.Reply served = ApiClient.anonymous(base).get("/openapi?format=json", "Accept", "application/json");
        if (served.status() == 200 && served.json().has("paths")) {
            assertThat(signature(doc)).as(file + " is stale: it differs from the document the WAR serves; rerun "
                    + "OpenApiDocumentTest").isEqualTo(signature(served.json()));
            System.out.println("Role matrix: " + file + " has the operations and x-roles the WAR serves at /openapi");
        } else {
            System.out.println("Role matrix: /openapi answered " + served.status() + "; " + file + " used unchecked");
        }
        return doc;
    }

    /** What the matrix depends on: operationId, method, path and who may call it. */
    private static TreeSet<String> signature(JsonNode doc) {
        TreeSet<String> lines = new TreeSet<>();
        for (Operation op : operations(doc)) {
            lines.add(op.id() + " " + op.method() + " " + op.path() + " " + op.isPublic() + " " + op.roles() + " "
                    + op.ownerOnly());
        }
        return lines;
    }

    static List<Operation> operations(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!HTTP_METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode op = entry.getValue();
            List<String> roles = new ArrayList<>();
            op.path("x-roles").forEach(r -> roles.add(r.asText()));
            boolean isPublic = op.has("security") && op.path("security").isArray() && op.path("security").isEmpty();
            ops.add(new Operation(op.path("operationId").asText(), entry.getKey().toUpperCase(), path.getKey(),
                    isPublic, List.copyOf(roles), op.path("x-owner-only").asBoolean(false)));
        }));
        return ops;
    }

    // ---- sending and printing ---------------------------------------------------------------------------

    private static ApiClient.Reply send(ApiClient client, Operation op, Call call) {
        Matcher m = PATH_PARAM.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = call.params.get(m.group(1));
            assertThat(value).as("the recipe of " + op.id() + " gives no value for {" + m.group(1) + "}").isNotNull();
            m.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(path);
        if (call.query != null) {
            path.append('?').append(call.query);
        }
        String[] headers = call.headers.toArray(String[]::new);
        if (call.parts != null) {
            return client.multipart(path.toString(), call.parts);
        }
        if (call.bytes != null) {
            return client.raw(op.method(), path.toString(), call.contentType, call.bytes, headers);
        }
        return client.send(op.method(), path.toString(), call.json, headers);
    }

    private static String detail(ApiClient.Reply reply) {
        if (reply.status() < 400) {
            return "";
        }
        String text = reply.json().path("detail").asText(reply.json().path("title").asText(""));
        if (text.isEmpty()) {
            text = reply.raw() == null ? "" : reply.raw().replaceAll("\\s+", " ");
        }
        return "(" + (text.length() > 160 ? text.substring(0, 160) + "…" : text) + ")";
    }

    private static void print(List<Operation> operations, List<Outcome> outcomes, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nRole matrix: %d operations × %d callers = %d requests, %.1f s with fixtures%n",
                operations.size(), Caller.values().length, outcomes.size(), seconds));
        out.append(String.format("%-36s %-11s", "operationId", "x-roles"));
        for (Caller c : Caller.values()) {
            out.append(String.format(" %-11s", c.label));
        }
        out.append('\n');
        for (Operation op : operations) {
            String roles = op.isPublic() ? "public" : String.join(",", op.roles().stream()
                    .map(r -> r.substring(0, 1)).toList()) + (op.ownerOnly() ? " own" : "");
            out.append(String.format("%-36s %-11s", op.id(), roles));
            for (Outcome o : outcomes) {
                if (o.op() == op) {
                    out.append(String.format(" %-11s", o.cell()));
                }
            }
            out.append('\n');
        }
        out.append("(x-roles: J journalist, E editor, A admin, own = x-owner-only; cells: status, ! success the "
                + "document does not allow, ? refused although allowed, ~ other 4xx (not applicable), # 5xx)\n");
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, outcomes.stream().filter(o -> o.verdict() == v).count());
        }
        out.append(String.format("allowed and succeeded %d; refused as documented %d; unauthorised successes %d; "
                        + "allowed but refused %d; not applicable %d (allowed %d, not allowed %d); 5xx %d%n",
                counts.get(Verdict.SUCCESS), counts.get(Verdict.REFUSED), counts.get(Verdict.BREACH),
                counts.get(Verdict.OVER_PROMISED), counts.get(Verdict.NOT_APPLICABLE),
                outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_APPLICABLE && o.allowed()).count(),
                outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_APPLICABLE && !o.allowed()).count(),
                counts.get(Verdict.ERROR)));
        for (Verdict v : List.of(Verdict.BREACH, Verdict.ERROR, Verdict.OVER_PROMISED, Verdict.NOT_APPLICABLE)) {
            List<Outcome> listed = outcomes.stream().filter(o -> o.verdict() == v).toList();
            if (!listed.isEmpty()) {
                out.append(switch (v) {
                    case BREACH -> "UNAUTHORISED SUCCESSES:\n";
                    case ERROR -> "SERVER ERRORS:\n";
                    case OVER_PROMISED -> "Allowed by the document but refused (the document over-promises):\n";
                    default -> "Not applicable (neither success nor 401/403):\n";
                });
                listed.forEach(o -> out.append("  ").append(o.line()).append('\n'));
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    // ---- recipes: one per operationId ---------------------------------------------------------------------

    private Map<String, Recipe> recipes() {
        Map<String, Recipe> r = new LinkedHashMap<>();
        // admin: plugins (the fixture plugin only) and users (fresh users for every change)
        r.put("getPlugin", c -> new Call().param("id", FIXTURE_PLUGIN));
        r.put("getPluginAudit", c -> new Call().param("id", FIXTURE_PLUGIN));
        r.put("patchPluginConfig", c -> new Call().param("id", FIXTURE_PLUGIN)
                .json(Map.of("wordsPerMinute", 180 + c.ordinal())));
        r.put("replacePluginConfig", c -> new Call().param("id", FIXTURE_PLUGIN)
                .json(Map.of("wordsPerMinute", 190 + c.ordinal())));
        r.put("disablePlugin", c -> {
            expect(root.post("/api/admin/plugins/" + FIXTURE_PLUGIN + "/enable", null), 200, 409);
            return new Call().param("id", FIXTURE_PLUGIN);
        });
        r.put("enablePlugin", c -> {
            expect(root.post("/api/admin/plugins/" + FIXTURE_PLUGIN + "/disable", null), 200, 409);
            return new Call().param("id", FIXTURE_PLUGIN);
        });
        r.put("createUser", c -> new Call().json(Map.of("username", Newsroom.username("matrix-new"),
                "password", "secret-matrix-password", "displayName", "New hire", "roles", List.of("JOURNALIST"))));
        r.put("getUser", c -> new Call().param("username", someUser));
        r.put("activateUser", c -> {
            String user = user();
            expect(root.post("/api/admin/users/" + user + "/deactivate", null), 200);
            return new Call().param("username", user);
        });
        r.put("deactivateUser", c -> new Call().param("username", user()));
        r.put("setUserPassword", c -> new Call().param("username", user())
                .json(Map.of("password", "another-secret-password")));
        r.put("setUserRoles", c -> new Call().param("username", user()).json(Map.of("roles", List.of("EDITOR"))));
        r.put("unlockLogin", c -> new Call().param("username", user()));
        // every signed-in user changes their own profile (listAuditEvents, a GET without parameters, needs none)
        r.put("updateMe", c -> new Call().json(Map.of("displayName", "Matrix " + c.name().toLowerCase() + " "
                + unique())));

        // articles: the owning journalist's, in the state each operation needs
        r.put("createArticle", c -> new Call().json(Newsroom.article("Matrix new " + unique())));
        r.put("saveArticle", c -> {
            String id = draft();
            return new Call().param("id", id).ifMatch(etag(id)).json(Newsroom.article("Matrix saved " + unique()));
        });
        for (String read : List.of("getArticle", "getArticleAudit", "listComments", "listRevisions", "getEditLock",
                "getArticleNinjs", "getArticleNewsml", "listPreviewLinks")) {
            r.put(read, c -> new Call().param("id", readArticle));
        }
        r.put("diffRevisions", c -> new Call().param("id", readArticle).param("a", 1).param("b", 2));
        r.put("getRevision", c -> new Call().param("id", readArticle).param("n", 1));
        r.put("addComment", c -> new Call().param("id", readArticle).json(Map.of("body", "A comment from the desk.")));
        r.put("correctArticle", c -> {
            String id = liveWithChanges();
            return new Call().param("id", id).ifMatch(etag(id)).json(Map.of("note", "The minister is Ahmed."));
        });
        r.put("republishArticle", c -> {
            String id = liveWithChanges();
            return new Call().param("id", id).ifMatch(etag(id)).json(Map.of("comment", "New details."));
        });
        r.put("takeEditLock", c -> new Call().param("id", draft()));
        r.put("heartbeatEditLock", c -> new Call().param("id", lockedBy(c)));
        r.put("releaseEditLock", c -> new Call().param("id", lockedBy(c)));
        r.put("restoreRevision", c -> {
            String id = draft();
            expect(owner.put("/api/articles/" + id, Newsroom.article("Matrix second " + unique()), "If-Match",
                    etag(id)), 200);
            return new Call().param("id", id).param("n", 1).ifMatch(etag(id));
        });
        r.put("scheduleArticle", c -> new Call().param("id", approved())
                .json(Map.of("publishAt", inTwoDays())));
        r.put("unscheduleArticle", c -> {
            String id = approved();
            expect(desk.post("/api/articles/" + id + "/schedule", Map.of("publishAt", inTwoDays())), 200);
            return new Call().param("id", id);
        });
        r.put("transitionArticle", c -> new Call().param("id", draft()).json(Map.of("to", "IN_REVIEW")));
        r.put("importNinjs", c -> new Call().json(Map.of("uri", "urn:newsroom-cms-it:role-matrix:" + UUID.randomUUID(),
                "headline", "Matrix ninjs " + unique(), "body_html", "<p>Imported from ninjs.</p>", "language", "id")));
        r.put("importWireFiles", c -> new Call().query("filename=matrix-" + UUID.randomUUID() + ".txt")
                .raw("text/plain; charset=UTF-8", ("Matrix wire " + unique() + "\n\nJakarta, Antara - Berita "
                        + UUID.randomUUID() + " untuk matriks peran.\n").getBytes(StandardCharsets.UTF_8)));
        r.put("getPublishedArticle", c -> new Call().param("slug", liveSlug));

        // sections (any signed-in user reads; editors and admins create and rename) and notifications (own only)
        r.put("createSection", c -> new Call().json(Map.of("name", "Matrix section " + unique())));
        r.put("updateSection", c -> new Call().param("slug", section()).json(Map.of("name", "Matrix renamed " + unique())));
        r.put("markNotificationRead", c -> new Call().param("id", notificationOf(c)));
        r.put("markAllNotificationsRead", c -> new Call());
        r.put("getPublishedArticleNinjs", c -> new Call().param("slug", liveSlug));
        r.put("getPublishedArticleNewsml", c -> new Call().param("slug", liveSlug));
        // preview links: anyone who may read the article shares it; the link's maker (or an editor) revokes it
        r.put("createPreviewLink", c -> new Call().param("id", readArticle).json(Map.of("hours", 24)));
        r.put("revokePreviewLink", c -> {
            ApiClient.Reply made = clients.get(c).post("/api/articles/" + readArticle + "/preview-links", Map.of("hours", 1));
            return new Call().param("id", readArticle)
                    .param("linkId", made.status() == 201 ? made.text("id") : UUID.randomUUID().toString());
        });
        r.put("readEmbed", c -> new Call().query("url=https%3A%2F%2Fyoutu.be%2FdQw4w9WgXcQ"));

        // tagging
        r.put("taggingSearchTags", c -> new Call().query("q=Matrix"));
        r.put("searchPublishedArticles", c -> new Call().query("q=matrix"));
        r.put("taggingCreateTag", c -> new Call().json(Map.of("name", tagName())));
        r.put("taggingGetTag", c -> new Call().param("id", tagId));
        r.put("taggingRenameTag", c -> new Call().param("id", tag().path("id").asLong())
                .json(Map.of("name", tagName())));
        r.put("taggingDeleteTag", c -> new Call().param("id", tag().path("id").asLong()));
        r.put("taggingAddSynonym", c -> new Call().param("id", tag().path("id").asLong())
                .json(Map.of("name", tagName())));
        r.put("taggingRemoveSynonym", c -> {
            long id = tag().path("id").asLong();
            String synonym = tagName();
            ApiClient.Reply added = expect(desk.post("/api/plugins/tagging/tags/" + id + "/synonyms",
                    Map.of("name", synonym)), 200);
            long synonymId = -1;
            for (JsonNode s : added.json().path("synonyms")) {
                if (s.path("name").asText().equalsIgnoreCase(synonym)) {
                    synonymId = s.path("id").asLong();
                }
            }
            return new Call().param("id", id).param("synonymId", synonymId);
        });
        r.put("taggingMergeTag", c -> {
            long gone = tag().path("id").asLong();
            long stays = tag().path("id").asLong();
            return new Call().param("id", gone).json(Map.of("into", stays));
        });
        r.put("taggingGetArticleTags", c -> new Call().param("articleId", readArticle));
        r.put("taggingSetArticleTags", c -> new Call().param("articleId", draft()).json(Map.of("tags", List.of(tagId))));
        r.put("taggingGetSuggestions", c -> new Call().param("articleId", readArticle));
        r.put("taggingDismissSuggestion", c -> new Call().param("articleId", draft()).json(Map.of("name", "Matrix")));
        r.put("taggingListPublicTagArticles", c -> new Call().param("slug", tagSlug));

        // photo captions
        r.put("photoCaptionsListPhotos", c -> new Call().param("articleId", readArticle));
        r.put("photoCaptionsUploadPhoto", c -> new Call().param("articleId", draft()).parts(photoParts()));
        r.put("photoCaptionsCreateSlot", c -> new Call().param("articleId", draft())
                .json(Map.of("caption", "Waiting for its image")));
        r.put("photoCaptionsReorderPhotos", c -> {
            String id = draft();
            String first = slot(id);
            String second = slot(id);
            return new Call().param("articleId", id).json(Map.of("order", List.of(second, first)));
        });
        r.put("photoCaptionsUpdatePhoto", c -> {
            String id = draft();
            return new Call().param("articleId", id).param("photoId", slot(id)).json(Map.of("caption", "Edited"));
        });
        r.put("photoCaptionsDeletePhoto", c -> {
            String id = draft();
            return new Call().param("articleId", id).param("photoId", slot(id));
        });
        r.put("photoCaptionsUploadImage", c -> {
            String id = draft();
            return new Call().param("articleId", id).param("photoId", slot(id))
                    .parts(List.of(ApiClient.Part.file("file", "photo.jpg", "image/jpeg", JPEG)));
        });
        r.put("photoCaptionsGetImage", c -> new Call().param("articleId", readArticle).param("photoId", readPhoto));
        r.put("photoCaptionsGetRendition", c -> new Call().param("articleId", readArticle).param("photoId", readPhoto)
                .param("width", 320));
        r.put("photoCaptionsGetPublicImage", c -> new Call().param("photoId", livePhoto));
        r.put("photoCaptionsGetPublicPictureItem", c -> new Call().param("photoId", livePhoto));
        r.put("photoCaptionsGetPublicRendition", c -> new Call().param("photoId", livePhoto).param("width", 320));

        // bylines
        r.put("bylinesCreateContributor", c -> new Call().json(Map.of("displayName", personName())));
        r.put("bylinesGetContributor", c -> new Call().param("slug", contributorSlug));
        r.put("bylinesUpdateContributor", c -> new Call().param("slug", contributor())
                .json(Map.of("displayName", personName())));
        r.put("bylinesMergeContributor", c -> {
            String gone = contributor();
            String stays = contributor();
            return new Call().param("slug", gone).json(Map.of("into", stays));
        });
        r.put("bylinesGetArticleBylines", c -> new Call().param("articleId", readArticle));
        r.put("bylinesSetArticleBylines", c -> new Call().param("articleId", draft())
                .json(Map.of("bylines", List.of(Map.of("contributor", contributorSlug, "role", "reporter")))));
        r.put("bylinesGetAuthorPage", c -> new Call().param("slug", contributorSlug));
        return r;
    }

    // ---- fixtures ---------------------------------------------------------------------------------------

    /**
     * A draft of the owning journalist with two revisions, a tag, a byline and a photo with its image (read by
     * the read operations); a published article of theirs with the same (read by the public operations); a
     * user to look at.
     */
    private void sharedFixtures() {
        JsonNode tag = tag();
        tagId = tag.path("id").asLong();
        tagSlug = tag.path("slug").asText();
        contributorSlug = contributor();
        someUser = user();

        readArticle = draft();
        expect(owner.put("/api/articles/" + readArticle, Newsroom.article("Matrix read " + unique()), "If-Match",
                etag(readArticle)), 200);
        dress(readArticle);
        readPhoto = expect(owner.multipart(photos(readArticle), photoParts()), 201).text("id");

        String live = draft();
        dress(live);
        livePhoto = expect(owner.multipart(photos(live), photoParts()), 201).text("id");
        expect(owner.post("/api/articles/" + live + "/transitions", Map.of("to", "IN_REVIEW")), 200);
        liveSlug = expect(desk.post("/api/articles/" + live + "/transitions", Map.of("to", "PUBLISHED")), 200)
                .text("slug");
    }

    private void dress(String article) {
        expect(owner.put("/api/articles/" + article + "/tagging/tags", Map.of("tags", List.of(tagId))), 200);
        expect(owner.put("/api/articles/" + article + "/bylines",
                Map.of("bylines", List.of(Map.of("contributor", contributorSlug, "role", "author")))), 200);
    }

    /** A new DRAFT of the owning journalist. */
    private String draft() {
        return expect(owner.post("/api/articles", Newsroom.article("Matrix " + unique())), 201).text("id");
    }

    /** A new APPROVED article of the owning journalist. */
    private String approved() {
        String id = draft();
        expect(owner.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")), 200);
        expect(desk.post("/api/articles/" + id + "/transitions", Map.of("to", "APPROVED")), 200);
        return id;
    }

    /** A new PUBLISHED article of the owning journalist whose working copy an editor has changed since. */
    private String liveWithChanges() {
        String id = draft();
        expect(owner.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")), 200);
        expect(desk.post("/api/articles/" + id + "/transitions", Map.of("to", "PUBLISHED")), 200);
        expect(desk.put("/api/articles/" + id, Newsroom.article("Matrix changed " + unique()), "If-Match", etag(id)),
                200);
        return id;
    }

    /** A new draft whose edit lock the caller holds, if they may take it (the others get what they get). */
    private String lockedBy(Caller caller) {
        String id = draft();
        clients.get(caller).post("/api/articles/" + id + "/lock", null);
        return id;
    }

    private String etag(String article) {
        return expect(desk.get("/api/articles/" + article), 200).header("ETag");
    }

    private String slot(String article) {
        return expect(desk.post(photos(article) + "/slots", Map.of("caption", "Slot " + unique())), 201).text("id");
    }

    private static String photos(String article) {
        return "/api/articles/" + article + "/photo-captions/photos";
    }

    private static List<ApiClient.Part> photoParts() {
        return List.of(ApiClient.Part.field("caption", "Warga mengungsi dari banjir"),
                ApiClient.Part.field("credit", "HanTer/Matrix"),
                ApiClient.Part.field("altText", "People wading through brown water"),
                ApiClient.Part.file("file", "banjir.jpg", "image/jpeg", JPEG));
    }

    /** A new tag (as made by the desk), its {@code tag} object. */
    private JsonNode tag() {
        return expect(desk.post("/api/plugins/tagging/tags", Map.of("name", tagName())), 201).json().path("tag");
    }

    private String contributor() {
        return expect(desk.post("/api/plugins/bylines/contributors", Map.of("displayName", personName())), 201)
                .text("slug");
    }

    /** A new section, made by the desk. */
    private String section() {
        return expect(desk.post("/api/admin/sections", Map.of("name", "Matrix section " + unique())), 201).text("slug");
    }

    /**
     * A notification of the caller's own: a change request on their article for a journalist, a submission for
     * review for an editor or admin; an id nobody has for the anonymous caller.
     */
    private String notificationOf(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return UUID.randomUUID().toString();
        }
        ApiClient client = clients.get(caller);
        if (caller.role.equals("JOURNALIST")) {
            String id = expect(client.post("/api/articles", Newsroom.article("Matrix notified " + unique())), 201)
                    .text("id");
            expect(client.post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")), 200);
            expect(desk.post("/api/articles/" + id + "/transitions", Map.of("to", "CHANGES_REQUESTED",
                    "comment", "Shorter, please.")), 200);
        } else {
            draftInReview();
        }
        JsonNode items = expect(client.get("/api/me/notifications?limit=1"), 200).json().path("items");
        assertThat(items).as("a notification for " + caller.label).isNotEmpty();
        return items.get(0).path("id").asText();
    }

    private void draftInReview() {
        expect(owner.post("/api/articles/" + draft() + "/transitions", Map.of("to", "IN_REVIEW")), 200);
    }

    /** A new JOURNALIST account nobody uses: the target of the user operations. */
    private String user() {
        String username = Newsroom.username("matrix-target");
        expect(root.post("/api/admin/users", Map.of("username", username, "password", "secret-" + username,
                "displayName", "Target", "roles", List.of("JOURNALIST"))), 201);
        return username;
    }

    private void restoreFixturePlugin() {
        ApiClient.Reply enabled = root.post("/api/admin/plugins/" + FIXTURE_PLUGIN + "/enable", null);
        ApiClient.Reply reset = root.put("/api/admin/plugins/" + FIXTURE_PLUGIN + "/config", Map.of());
        if (enabled.status() / 100 != 2 && enabled.status() != 409 || reset.status() != 200) {
            System.out.println("warning: could not restore the plugin " + FIXTURE_PLUGIN + ": enable "
                    + enabled.status() + ", config " + reset.status());
        }
    }

    private String unique() {
        return run + " " + counter.incrementAndGet();
    }

    private String tagName() {
        return "Matrix " + unique();
    }

    private String personName() {
        return "Matrix Person " + unique();
    }

    private static String inTwoDays() {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(2).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A fixture step that must work: the suite stops there with the server's answer otherwise. */
    private static ApiClient.Reply expect(ApiClient.Reply reply, int... statuses) {
        for (int s : statuses) {
            if (reply.status() == s) {
                return reply;
            }
        }
        throw new AssertionError("fixture step answered " + reply.status() + ": " + reply.raw());
    }

    private static final byte[] JPEG = jpeg(400, 300);

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
