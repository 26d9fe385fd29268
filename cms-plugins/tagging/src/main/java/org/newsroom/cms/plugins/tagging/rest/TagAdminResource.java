package org.newsroom.cms.plugins.tagging.rest;

import java.util.List;
import java.util.Locale;

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

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.Unique;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.MergeRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.NameRequest;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.SynonymRequest;
import org.newsroom.cms.plugins.tagging.rest.TagViews.MergeResult;
import org.newsroom.cms.plugins.tagging.rest.TagViews.SearchHit;
import org.newsroom.cms.plugins.tagging.rest.TagViews.TagDetail;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.TagNames;

/** {@code /api/plugins/tagging/…}: tag management for editors (rename, synonyms, merge, delete unused). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TagAdminResource {

    private final PluginContext context;
    private final TagStore tags;

    public TagAdminResource(PluginContext context, TagStore tags) {
        this.context = context;
        this.tags = tags;
    }

    /**
     * The picker's search: names, synonyms and labels (any language), ignoring case and accents, whole name,
     * then prefix, then word prefix; labelled in the caller's language, each with what matched.
     */
    @GET
    @Path("tags")
    public List<SearchHit> search(@QueryParam("q") @DefaultValue("") String q,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return tags.search(q, locale(), Math.max(1, Math.min(limit, 200))).stream().map(SearchHit::of).toList();
    }

    @GET
    @Path("tags/{id}")
    public TagDetail get(@PathParam("id") long id) {
        return detail(tag(id));
    }

    @POST
    @Path("tags")
    public Response create(NameRequest request) {
        return Response.status(Response.Status.CREATED).entity(created(request)).build();
    }

    TagDetail created(NameRequest request) {
        Caller editor = editor();
        String name = TagErrors.checkedName("name", Bodies.valid(request).name());
        String taken = "\"" + TagNames.clean(name) + "\" already exists (as a tag or synonym).";
        if (!tags.keyFreeFor(name, null)) {
            throw PluginException.conflict(taken);
        }
        Tag tag = Unique.orConflict(() -> tags.createFree(name), taken);
        tags.audit(editor.username(), "CREATED", "tag " + tag.id() + " \"" + tag.name() + "\"");
        return detail(tag);
    }

    @PUT
    @Path("tags/{id}")
    public TagDetail rename(@PathParam("id") long id, NameRequest request) {
        Caller editor = editor();
        Bodies.valid(request);
        Tag tag = tag(id);
        String name = TagErrors.checkedName("name", request.name());
        String taken = "\"" + TagNames.clean(name) + "\" is already another tag or synonym; merge instead.";
        if (!tags.keyFreeFor(name, id)) {
            throw PluginException.conflict(taken);
        }
        Unique.orConflict(() -> {
            tags.rename(id, name);
            return id;
        }, taken);
        tagged(id);
        tags.audit(editor.username(), "RENAMED", "tag " + id + " \"" + tag.name() + "\" → \"" + TagNames.clean(name) + "\"");
        return detail(tag(id));
    }

    @POST
    @Path("tags/{id}/synonyms")
    public TagDetail addSynonym(@PathParam("id") long id, SynonymRequest request) {
        Caller editor = editor();
        Bodies.valid(request);
        Tag tag = tag(id);
        String name = TagErrors.checkedName("name", request.name());
        String taken = "\"" + TagNames.clean(name) + "\" is already a tag or synonym; merge the tags instead.";
        if (!tags.keyFreeFor(name, null)) {
            throw PluginException.conflict(taken);
        }
        Unique.orConflict(() -> tags.addSynonym(id, name, request.language()), taken);
        tagged(id);
        tags.audit(editor.username(), "SYNONYM", "\"" + TagNames.clean(name) + "\" → tag " + id + " \"" + tag.name() + "\"");
        return detail(tag);
    }

    @DELETE
    @Path("tags/{id}/synonyms/{synonymId}")
    public TagDetail removeSynonym(@PathParam("id") long id, @PathParam("synonymId") long synonymId) {
        Caller editor = editor();
        Tag tag = tag(id);
        if (!tags.removeSynonym(id, synonymId)) {
            throw PluginException.notFound("Tag " + id + " has no synonym " + synonymId + ".");
        }
        tagged(id);
        tags.audit(editor.username(), "UNSYNONYM", "synonym " + synonymId + " of tag " + id);
        return detail(tag);
    }

    /** All or nothing: the host's transaction covers the moves, the new synonym and the audit entry. */
    @POST
    @Path("tags/{id}/merge")
    public MergeResult merge(@PathParam("id") long id, MergeRequest request) {
        Caller editor = editor();
        long intoId = Bodies.valid(request).into();
        Tag from = tag(id);
        Tag into = tag(intoId);
        if (from.id() == into.id()) {
            throw TagErrors.invalid("into", "A tag cannot be merged into itself.");
        }
        if (from.controlled()) {
            throw PluginException.conflict("\"" + from.name() + "\" is a Media Topic (" + from.code() + "); controlled "
                    + "tags cannot be merged away. Merge the other tag into it instead.");
        }
        int moved = tags.merge(from, into);
        tagged(into.id());
        tags.audit(editor.username(), "MERGED", "tag " + from.id() + " \"" + from.name() + "\" into " + into.id()
                + " \"" + into.name() + "\" (" + moved + " article(s) moved)");
        return new MergeResult(from.name(), detail(into), moved);
    }

    /** The tag's words changed: the articles carrying it are searched by the new ones (the host re-indexes them). */
    private void tagged(long tagId) {
        new ArticleTagStore(context.jdbi()).articlesWith(tagId).forEach(context.articles()::dataChanged);
    }

    @DELETE
    @Path("tags/{id}")
    public Response delete(@PathParam("id") long id) {
        deleted(id);
        return Response.noContent().build();
    }

    void deleted(long id) {
        Caller editor = editor();
        Tag tag = tag(id);
        long used = tags.usage(id);
        if (used > 0) {
            throw PluginException.conflict("\"" + tag.name() + "\" is on " + used + " article(s); only unused tags can "
                    + "be deleted. Merge it into another tag instead.");
        }
        if (tag.controlled()) {
            throw PluginException.conflict("\"" + tag.name() + "\" is a Media Topic; controlled tags are not deleted.");
        }
        tags.delete(id);
        tags.audit(editor.username(), "DELETED", "tag " + id + " \"" + tag.name() + "\"");
    }

    private TagDetail detail(Tag tag) {
        Tag labelled = tags.byId(tag.id(), locale()).orElse(tag);
        return new TagDetail(labelled, tags.synonyms(tag.id()), tags.usage(tag.id()), tags.labels(tag.id()),
                tags.broader(tag.id(), locale()));
    }

    private Locale locale() {
        return context.caller().map(Caller::locale).orElse(Locale.ENGLISH);
    }

    private Tag tag(long id) {
        return tags.byId(id).orElseThrow(() -> PluginException.notFound("No tag with id " + id + "."));
    }

    private Caller editor() {
        Caller caller = context.caller().orElseThrow(() -> PluginException.forbidden("Sign in first."));
        if (!caller.isEditor()) {
            throw PluginException.forbidden("Only editors and admins manage tags; journalists can tag their own "
                    + "articles.");
        }
        return caller;
    }
}
