package org.newsroom.cms.plugins.bylines.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.Unique;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * {@code /api/plugins/bylines/…}: list and read contributors (any newsroom user); create, edit and merge
 * them (editors and admins); the plugin's audit trail. Each call is one transaction of the host's: a merge
 * applies completely or not at all.
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

    private static final String RACE = "A contributor with the same slug or account was saved at the same moment; "
            + "try again.";

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final AuditStore audit;

    public ContributorsResource(PluginContext context, ContributorStore contributors, BylineStore bylines,
                                AuditStore audit) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.audit = audit;
    }

    @GET
    @Path("contributors")
    public Page list(@QueryParam("q") String query, @QueryParam("needsConfirmation") Boolean needsConfirmation,
                     @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
        Access.signedIn(context);
        int size = Math.max(1, Math.min(limit, 500));
        List<Contributor> page = contributors.list(query, needsConfirmation, after, size);
        return new Page(page.stream().map(x -> ContributorJson.of(x, null)).toList(),
                page.size() < size ? null : page.get(page.size() - 1).slug());
    }

    @GET
    @Path("contributors/{slug}")
    public ContributorJson get(@PathParam("slug") String slug) {
        Access.signedIn(context);
        Contributor found = existing(slug);
        return ContributorJson.of(found, bylines.count(found.id()));
    }

    @POST
    @Path("contributors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BylinesRequests.ContributorBody body) {
        Access.editor(context, "create contributors");
        ContributorStore.Fields f = Bodies.valid(body).fields();
        if (f.slug() != null && contributors.bySlug(f.slug()).isPresent()) {
            throw PluginException.conflict("The slug \"" + f.slug() + "\" is taken; choose another or leave it out.");
        }
        checkUsernameFree(f.username(), null);
        Instant now = context.clock().instant();
        Contributor saved = Unique.orConflict(() -> contributors.insert(f, now), RACE);
        audit.record("CREATED", saved.slug(), describe(saved));
        return Response.created(URI.create("plugins/" + context.pluginId() + "/contributors/" + saved.slug()))
                .entity(ContributorJson.of(saved, 0)).build();
    }

    @PUT
    @Path("contributors/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContributorJson update(@PathParam("slug") String slug, BylinesRequests.ContributorBody body) {
        Access.editor(context, "edit contributors");
        ContributorStore.Fields f = Bodies.valid(body).fields();
        Contributor current = existing(slug);
        if (f.slug() != null && !f.slug().equals(current.slug())) {
            throw PluginException.invalid("slug", "cannot change (author pages link to it); leave it out or send \""
                    + current.slug() + "\".");
        }
        if (!current.active()) {
            throw PluginException.conflict(slug + " was merged into " + current.mergedInto() + "; edit that one.");
        }
        checkUsernameFree(f.username(), current.id());
        Instant now = context.clock().instant();
        Contributor saved = Unique.orConflict(() -> contributors.update(current, f, now), RACE);
        audit.record("UPDATED", saved.slug(), describe(current) + " -> " + describe(saved));
        bylines.articlesOf(saved.id()).forEach(context.articles()::dataChanged); // found by the new name
        return ContributorJson.of(saved, bylines.count(saved.id()));
    }

    /** Moves every byline of {@code slug} to {@code into} (no duplicates) and marks {@code slug} merged. */
    @POST
    @Path("contributors/{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeResult merge(@PathParam("slug") String slug, BylinesRequests.MergeBody body) {
        Access.editor(context, "merge contributors");
        String target = Bodies.valid(body).into().strip();
        Contributor from = existing(slug);
        Optional<Contributor> to = contributors.bySlug(target);
        if (to.isEmpty() || to.get().id() == from.id()) {
            throw PluginException.invalid("into", to.isEmpty() ? "no contributor \"" + target + "\"."
                    : "a contributor cannot be merged into itself.");
        }
        if (!from.active()) {
            throw PluginException.conflict(slug + " was already merged into " + from.mergedInto() + ".");
        }
        if (!to.get().active()) {
            throw PluginException.invalid("into", target + " was merged into " + to.get().mergedInto()
                    + "; merge into that one.");
        }
        if (from.username() != null && to.get().username() != null) {
            throw PluginException.conflict(slug + " and " + target + " are linked to different accounts ("
                    + from.username() + ", " + to.get().username() + "); unlink one first.");
        }
        Instant now = context.clock().instant();
        ContributorStore.MergeCounts counts = contributors.merge(from, to.get(), now);
        audit.record("MERGED", from.slug(), "{\"from\": \"" + from.slug() + "\", \"into\": \""
                + to.get().slug() + "\", \"bylinesMoved\": " + counts.moved() + ", \"duplicatesDropped\": "
                + counts.dropped() + "}");
        Contributor kept = contributors.bySlug(to.get().slug()).orElseThrow();
        bylines.articlesOf(kept.id()).forEach(context.articles()::dataChanged); // filtered by the kept slug now
        return new MergeResult(from.slug(), ContributorJson.of(kept, bylines.count(kept.id())), counts.moved(),
                counts.dropped());
    }

    /** The plugin's audit trail (creations, edits, merges), oldest first; editors only. */
    @GET
    @Path("audit")
    public List<AuditJson> audit(@QueryParam("contributor") String contributor,
                                 @QueryParam("limit") @DefaultValue("200") int limit) {
        Access.editor(context, "read the contributors' audit trail");
        return audit.list(contributor, Math.max(1, Math.min(limit, 1000))).stream()
                .map(e -> new AuditJson(e.id(), e.action(), e.actor(), e.at().toString(), e.contributor(), e.detail()))
                .toList();
    }

    private Contributor existing(String slug) {
        return contributors.bySlug(slug).orElseThrow(() -> PluginException.notFound(
                "No contributor \"" + slug + "\"; GET /api/plugins/bylines/contributors lists them."));
    }

    private void checkUsernameFree(String username, Long self) {
        if (username == null) {
            return;
        }
        Optional<Contributor> linked = contributors.byUsername(username);
        if (linked.isPresent() && (self == null || linked.get().id() != self)) {
            throw PluginException.conflict("The account " + username + " is already linked to " + linked.get().slug()
                    + "; merge the two instead.");
        }
    }

    private static String describe(Contributor c) {
        return "{\"displayName\": \"" + c.displayName().replace("\"", "'") + "\", \"username\": "
                + (c.username() == null ? "null" : "\"" + c.username() + "\"") + ", \"guest\": " + c.guest()
                + ", \"needsConfirmation\": " + c.needsConfirmation() + "}";
    }
}
