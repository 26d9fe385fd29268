package org.newsroom.cms.plugins.tagging;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** {@code /api/plugins/tagging/…}: tag management for editors (rename, synonyms, merge, delete unused). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TagAdminResource {

    /** Body to create or rename a tag. */
    public record NameRequest(String name) {
    }

    /** Body to add a synonym; {@code language} is optional (e.g. "id"). */
    public record SynonymRequest(String name, String language) {
    }

    /** Body of a merge: the id of the tag that stays. */
    public record MergeRequest(Long into) {
    }

    private final PluginContext context;
    private final TagStore store;

    TagAdminResource(PluginContext context, TagStore store) {
        this.context = context;
        this.store = store;
    }

    @GET
    @Path("tags")
    public List<Tag> search(@QueryParam("q") @DefaultValue("") String q,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return store.search(q, Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("tags/{id}")
    public TagStore.TagDetail get(@PathParam("id") long id) {
        return store.detail(tag(id));
    }

    @POST
    @Path("tags")
    public Response create(NameRequest request) {
        Caller editor = editor();
        String name = name(request == null ? null : request.name());
        if (!store.keyFreeFor(name, null)) {
            throw Problems.conflict("\"" + TagNames.clean(name) + "\" already exists (as a tag or synonym).");
        }
        Tag tag = store.createFree(name);
        store.audit(editor.username(), "CREATED", "tag " + tag.id() + " \"" + tag.name() + "\"");
        return Response.status(201).entity(store.detail(tag)).build();
    }

    @PUT
    @Path("tags/{id}")
    public TagStore.TagDetail rename(@PathParam("id") long id, NameRequest request) {
        Caller editor = editor();
        Tag tag = tag(id);
        String name = name(request == null ? null : request.name());
        if (!store.keyFreeFor(name, id)) {
            throw Problems.conflict("\"" + TagNames.clean(name) + "\" is already another tag or synonym; merge instead.");
        }
        store.rename(id, name);
        store.audit(editor.username(), "RENAMED", "tag " + id + " \"" + tag.name() + "\" → \"" + TagNames.clean(name) + "\"");
        return store.detail(tag(id));
    }

    @POST
    @Path("tags/{id}/synonyms")
    public TagStore.TagDetail addSynonym(@PathParam("id") long id, SynonymRequest request) {
        Caller editor = editor();
        Tag tag = tag(id);
        String name = name(request == null ? null : request.name());
        if (!store.keyFreeFor(name, null)) {
            throw Problems.conflict("\"" + TagNames.clean(name) + "\" is already a tag or synonym; merge the tags "
                    + "instead.");
        }
        store.addSynonym(id, name, request.language());
        store.audit(editor.username(), "SYNONYM", "\"" + TagNames.clean(name) + "\" → tag " + id + " \"" + tag.name() + "\"");
        return store.detail(tag);
    }

    @DELETE
    @Path("tags/{id}/synonyms/{synonymId}")
    public TagStore.TagDetail removeSynonym(@PathParam("id") long id, @PathParam("synonymId") long synonymId) {
        Caller editor = editor();
        Tag tag = tag(id);
        if (!store.removeSynonym(id, synonymId)) {
            throw Problems.notFound("Tag " + id + " has no synonym " + synonymId + ".");
        }
        store.audit(editor.username(), "UNSYNONYM", "synonym " + synonymId + " of tag " + id);
        return store.detail(tag);
    }

    @POST
    @Path("tags/{id}/merge")
    public Map<String, Object> merge(@PathParam("id") long id, MergeRequest request) {
        Caller editor = editor();
        if (request == null || request.into() == null) {
            throw Problems.unprocessable("into", "Send {\"into\": <id of the tag that stays>}.");
        }
        Tag from = tag(id);
        Tag into = tag(request.into());
        if (from.id() == into.id()) {
            throw Problems.unprocessable("into", "A tag cannot be merged into itself.");
        }
        if (from.code() != null) {
            throw Problems.conflict("\"" + from.name() + "\" is a Media Topic (" + from.code() + "); controlled tags "
                    + "cannot be merged away. Merge the other tag into it instead.");
        }
        int moved = store.merge(from, into);
        store.audit(editor.username(), "MERGED", "tag " + from.id() + " \"" + from.name() + "\" into " + into.id()
                + " \"" + into.name() + "\" (" + moved + " article(s) moved)");
        return Map.of("merged", from.name(), "into", store.detail(into), "articlesMoved", moved);
    }

    @DELETE
    @Path("tags/{id}")
    public Response delete(@PathParam("id") long id) {
        Caller editor = editor();
        Tag tag = tag(id);
        long used = store.usage(id);
        if (used > 0) {
            throw Problems.conflict("\"" + tag.name() + "\" is on " + used + " article(s); only unused tags can be "
                    + "deleted. Merge it into another tag instead.");
        }
        if (tag.code() != null) {
            throw Problems.conflict("\"" + tag.name() + "\" is a Media Topic; controlled tags are not deleted.");
        }
        store.delete(id);
        store.audit(editor.username(), "DELETED", "tag " + id + " \"" + tag.name() + "\"");
        return Response.noContent().build();
    }

    private Tag tag(long id) {
        return store.byId(id).orElseThrow(() -> Problems.notFound("No tag with id " + id + "."));
    }

    private static String name(String name) {
        String problem = TagNames.problem(name);
        if (problem != null) {
            throw Problems.badName("name", problem);
        }
        return name;
    }

    private Caller editor() {
        Caller caller = context.caller().orElseThrow(() -> Problems.forbidden("Sign in first."));
        if (!caller.isEditor()) {
            throw Problems.forbidden("Only editors and admins manage tags; journalists can tag their own articles.");
        }
        return caller;
    }
}
