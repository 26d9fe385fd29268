package org.newsroom.cms.plugins.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;

/** {@code /api/articles/{id}/tagging/…}: the article's tags (ordered) and suggestions. */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticleTagsResource {

    /** Body of {@code PUT …/tags}: tag names (new free tags are created) or tag ids, in order. */
    public record TagsRequest(List<Object> tags) {
    }

    private final UUID articleId;
    private final PluginContext context;
    private final TagStore store;

    ArticleTagsResource(UUID articleId, PluginContext context, TagStore store) {
        this.articleId = articleId;
        this.context = context;
        this.store = store;
    }

    @GET
    @Path("tags")
    public List<Tag> tags() {
        return store.tagsOf(articleId);
    }

    @PUT
    @Path("tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Tag> assign(TagsRequest request) {
        Caller caller = context.caller().orElseThrow(() -> Problems.forbidden("Sign in to tag articles."));
        if (!context.articles().mayEdit(articleId, caller)) {
            throw Problems.forbidden("You cannot edit this article, so you cannot change its tags: journalists tag "
                    + "their own articles while they are drafts or have changes requested; editors any article.");
        }
        if (request == null || request.tags() == null) {
            throw Problems.unprocessable("tags", "Send {\"tags\": [\"Iran\", \"Rusia\"]} (names or tag ids).");
        }
        boolean controlledOnly = "controlled-only".equals(context.config().string("vocabularyMode"));
        Map<Long, Tag> ordered = new LinkedHashMap<>();
        for (Object item : request.tags()) {
            Tag tag = resolve(item, controlledOnly, caller);
            ordered.putIfAbsent(tag.id(), tag);
        }
        int max = context.config().integer("maxTagsPerArticle");
        if (ordered.size() > max) {
            throw Problems.unprocessable("tags", ordered.size() + " tags is more than the limit of " + max
                    + " per article; remove some.");
        }
        store.replace(articleId, new ArrayList<>(ordered.values()));
        return store.tagsOf(articleId);
    }

    @GET
    @Path("suggestions")
    public List<Suggestion> suggestions() {
        ArticleSnapshot article = context.articles().find(articleId)
                .orElseThrow(() -> Problems.notFound("No article " + articleId + "."));
        Set<Long> assigned = new HashSet<>();
        store.tagsOf(articleId).forEach(t -> assigned.add(t.id()));
        List<Suggestion> result = new ArrayList<>(TagSuggester.suggest(article.headline(),
                TaggingPlugin.plainText(article.bodyHtml()), store::lookup, store.topics(), assigned,
                context.config().integer("suggestions")));
        Set<String> seen = new HashSet<>();
        result.forEach(s -> seen.add(TagNames.key(s.name())));
        store.storedSuggestions(articleId).stream().filter(s -> seen.add(TagNames.key(s.name()))).forEach(result::add);
        return result;
    }

    private Tag resolve(Object item, boolean controlledOnly, Caller caller) {
        if (item instanceof Number id) {
            return store.byId(id.longValue()).orElseThrow(() -> Problems.unprocessable("tags", "No tag with id " + id + "."));
        }
        if (!(item instanceof String name)) {
            throw Problems.unprocessable("tags", "Each tag is a name (string) or an id (number); got " + item + ".");
        }
        String problem = TagNames.problem(name);
        if (problem != null) {
            throw Problems.badName("tags", problem);
        }
        return store.byName(name).orElseGet(() -> {
            if (controlledOnly) {
                throw Problems.unprocessable("tags", "\"" + TagNames.clean(name) + "\" is not in a controlled "
                        + "vocabulary, and this newsroom allows controlled tags only. Pick an existing tag.");
            }
            Tag created = store.createFree(name);
            store.audit(caller.username(), "CREATED", "tag " + created.id() + " \"" + created.name() + "\"");
            return created;
        });
    }
}
