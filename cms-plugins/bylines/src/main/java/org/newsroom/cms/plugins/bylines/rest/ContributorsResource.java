package org.newsroom.cms.plugins.bylines.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.Backend;
import org.newsroom.cms.plugins.bylines.store.AuditLog;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.store.Db;

/**
 * {@code /api/plugins/bylines/…}: list and read contributors (any newsroom user); create, edit and merge
 * them (editors and admins); the plugin's audit trail.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ContributorsResource {

    /** A page of contributors; pass {@code next} as {@code ?after=} for the following page. */
    public record Page(List<ContributorJson> items, String next) {
    }

    /** The result of a merge: the surviving record and what happened to the bylines. */
    public record MergeResult(String merged, ContributorJson into, int bylinesMoved, int duplicatesDropped) {
    }

    /** One audit entry: what happened to which contributor, who did it and when. */
    public record AuditJson(long id, String action, String actor, String at, String contributor, String detail) {
    }

    private final PluginContext context;
    private final Backend backend;

    public ContributorsResource(PluginContext context, Backend backend) {
        this.context = context;
        this.backend = backend;
    }

    @GET
    @Path("contributors")
    public Page list(@QueryParam("q") String query, @QueryParam("needsConfirmation") Boolean needsConfirmation,
                     @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
        caller();
        int size = Math.max(1, Math.min(limit, 500));
        List<Contributor> page = backend.db().read(c -> backend.contributors().list(c, query, needsConfirmation,
                after, size));
        return new Page(page.stream().map(x -> ContributorJson.of(x, null)).toList(),
                page.size() < size ? null : page.get(page.size() - 1).slug());
    }

    @GET
    @Path("contributors/{slug}")
    public ContributorJson get(@PathParam("slug") String slug) {
        caller();
        return backend.db().read(c -> {
            Contributor found = existing(c, slug);
            return ContributorJson.of(found, backend.bylines().count(c, found.id()));
        });
    }

    @POST
    @Path("contributors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body) {
        Caller editor = editor("create contributors");
        Requests.ContributorBody request = Requests.contributor(body);
        if (!request.errors().isEmpty()) {
            throw Problems.validation(request.errors());
        }
        ContributorStore.Fields f = request.fields();
        ContributorJson created = write(() -> backend.db().inTransaction(c -> {
            if (f.slug() != null && backend.contributors().bySlug(c, f.slug()).isPresent()) {
                throw Problems.conflict("The slug \"" + f.slug() + "\" is taken; choose another or leave it out.");
            }
            checkUsernameFree(c, f.username(), null);
            Contributor saved = backend.contributors().insert(c, f, backend.clock().instant());
            backend.audit().record(c, "CREATED", editor.username(), backend.clock().instant(), saved.slug(),
                    describe(saved));
            return ContributorJson.of(saved, 0);
        }));
        return Response.created(URI.create("plugins/" + context.pluginId() + "/contributors/" + created.slug()))
                .entity(created).build();
    }

    @PUT
    @Path("contributors/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContributorJson update(@PathParam("slug") String slug, Map<String, Object> body) {
        Caller editor = editor("edit contributors");
        Requests.ContributorBody request = Requests.contributor(body);
        if (!request.errors().isEmpty()) {
            throw Problems.validation(request.errors());
        }
        ContributorStore.Fields f = request.fields();
        return write(() -> backend.db().inTransaction(c -> {
            Contributor current = existing(c, slug);
            if (f.slug() != null && !f.slug().equals(current.slug())) {
                throw Problems.validation(List.of(new FieldError("slug", "cannot change (author pages link to it); "
                        + "leave it out or send \"" + current.slug() + "\".")));
            }
            if (!current.active()) {
                throw Problems.conflict(slug + " was merged into " + current.mergedInto() + "; edit that one.");
            }
            checkUsernameFree(c, f.username(), current.id());
            Contributor saved = backend.contributors().update(c, current, f, backend.clock().instant());
            backend.audit().record(c, "UPDATED", editor.username(), backend.clock().instant(), saved.slug(),
                    describe(current) + " -> " + describe(saved));
            return ContributorJson.of(saved, backend.bylines().count(c, saved.id()));
        }));
    }

    /** Moves every byline of {@code slug} to {@code into} (no duplicates) and marks {@code slug} merged. */
    @POST
    @Path("contributors/{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeResult merge(@PathParam("slug") String slug, Map<String, Object> body) {
        Caller editor = editor("merge contributors");
        Object into = body == null ? null : body.get("into");
        if (!(into instanceof String target) || target.isBlank() || body.size() != 1) {
            throw Problems.validation(List.of(new FieldError("into",
                    "is required (and the only field): the slug of the contributor to keep.")));
        }
        return backend.db().inTransaction(c -> {
            Contributor from = existing(c, slug);
            Optional<Contributor> to = backend.contributors().bySlug(c, target.strip());
            if (to.isEmpty() || to.get().id() == from.id()) {
                throw Problems.validation(List.of(new FieldError("into", to.isEmpty()
                        ? "no contributor \"" + target + "\"." : "a contributor cannot be merged into itself.")));
            }
            if (!from.active()) {
                throw Problems.conflict(slug + " was already merged into " + from.mergedInto() + ".");
            }
            if (!to.get().active()) {
                throw Problems.validation(List.of(new FieldError("into", target + " was merged into "
                        + to.get().mergedInto() + "; merge into that one.")));
            }
            if (from.username() != null && to.get().username() != null) {
                throw Problems.conflict(slug + " and " + target + " are linked to different accounts ("
                        + from.username() + ", " + to.get().username() + "); unlink one first.");
            }
            ContributorStore.MergeCounts counts = backend.contributors().merge(c, from, to.get(),
                    backend.clock().instant());
            backend.audit().record(c, "MERGED", editor.username(), backend.clock().instant(), from.slug(),
                    "{\"from\": \"" + from.slug() + "\", \"into\": \"" + to.get().slug() + "\", \"bylinesMoved\": "
                            + counts.moved() + ", \"duplicatesDropped\": " + counts.dropped() + "}");
            Contributor kept = backend.contributors().bySlug(c, to.get().slug()).orElseThrow();
            return new MergeResult(from.slug(), ContributorJson.of(kept, backend.bylines().count(c, kept.id())),
                    counts.moved(), counts.dropped());
        });
    }

    /** The plugin's audit trail (creations, edits, merges), oldest first; editors only. */
    @GET
    @Path("audit")
    public List<AuditJson> audit(@QueryParam("contributor") String contributor,
                                 @QueryParam("limit") @DefaultValue("200") int limit) {
        editor("read the contributors' audit trail");
        List<AuditLog.Entry> entries = backend.db().read(c -> backend.audit().list(c, contributor,
                Math.max(1, Math.min(limit, 1000))));
        return entries.stream().map(e -> new AuditJson(e.id(), e.action(), e.actor(), e.at().toString(),
                e.contributor(), e.detail())).toList();
    }

    private Contributor existing(java.sql.Connection c, String slug) throws java.sql.SQLException {
        return backend.contributors().bySlug(c, slug).orElseThrow(() -> Problems.notFound(
                "No contributor \"" + slug + "\"; GET /api/plugins/bylines/contributors lists them."));
    }

    private void checkUsernameFree(java.sql.Connection c, String username, Long self) throws java.sql.SQLException {
        if (username == null) {
            return;
        }
        Optional<Contributor> linked = backend.contributors().byUsername(c, username);
        if (linked.isPresent() && (self == null || linked.get().id() != self)) {
            throw Problems.conflict("The account " + username + " is already linked to " + linked.get().slug()
                    + "; merge the two instead.");
        }
    }

    private static <T> T write(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (Db.StoreException e) {
            if (e.uniqueViolation()) {
                throw Problems.conflict("A contributor with the same slug or account was saved at the same moment; "
                        + "try again.");
            }
            throw e;
        }
    }

    private static String describe(Contributor c) {
        return "{\"displayName\": \"" + c.displayName().replace("\"", "'") + "\", \"username\": "
                + (c.username() == null ? "null" : "\"" + c.username() + "\"") + ", \"guest\": " + c.guest()
                + ", \"needsConfirmation\": " + c.needsConfirmation() + "}";
    }

    private Caller caller() {
        return context.caller().orElseThrow(() -> Problems.forbidden("Sign in with a newsroom account."));
    }

    private Caller editor(String what) {
        Caller caller = caller();
        if (!caller.isEditor()) {
            throw Problems.forbidden("Only editors and admins may " + what + ".");
        }
        return caller;
    }
}
