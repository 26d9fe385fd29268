package org.newsroom.cms.plugins.bylines.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.Backend;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.text.BylineText;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * {@code /api/articles/{id}/bylines}: the article's ordered bylines. Anyone in the newsroom reads them;
 * changing them follows the CMS's edit rule for the article ({@code ArticleAccess.mayEdit}).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ArticleBylinesResource {

    /** One byline: the contributor's slug and name, the role, and whether the contributor is a guest. */
    public record BylineJson(String contributor, String name, String role, boolean guest, boolean needsConfirmation) {
    }

    /** The article's bylines in order and their rendered text in the article's language. */
    public record BylinesJson(List<BylineJson> bylines, String text) {
    }

    private final UUID articleId;
    private final PluginContext context;
    private final Backend backend;
    private final Supplier<Role> defaultRole;

    public ArticleBylinesResource(UUID articleId, PluginContext context, Backend backend, Supplier<Role> defaultRole) {
        this.articleId = articleId;
        this.context = context;
        this.backend = backend;
        this.defaultRole = defaultRole;
    }

    @GET
    public BylinesJson get() {
        context.caller().orElseThrow(() -> Problems.forbidden("Sign in with a newsroom account."));
        return backend.db().read(this::current);
    }

    /** Replaces the bylines: {@code {"bylines": [{"contributor": "<slug>", "role": "author"}, …]}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BylinesJson put(Map<String, Object> body) {
        Caller caller = context.caller().orElseThrow(() -> Problems.forbidden("Sign in with a newsroom account."));
        if (!context.articles().mayEdit(articleId, caller)) {
            throw Problems.forbidden("You cannot edit this article, so you cannot change its bylines: journalists "
                    + "edit their own articles in DRAFT or CHANGES_REQUESTED, editors any article not killed.");
        }
        Requests.BylinesBody request = Requests.bylines(body, defaultRole.get());
        if (request.errors().stream().anyMatch(e -> e.field().equals("bylines"))) {
            throw Problems.validation(request.errors());
        }
        return backend.db().inTransaction(c -> {
            List<FieldError> errors = new ArrayList<>(request.errors()); // reported together with unknown slugs
            List<BylineStore.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Requests.Item item : request.items()) {
                String at = "bylines[" + item.index() + "]";
                Optional<Contributor> who = resolve(c, item.contributor());
                if (who.isEmpty()) {
                    errors.add(new FieldError(at + ".contributor", "no contributor \"" + item.contributor()
                            + "\"; create it under /api/plugins/bylines/contributors first."));
                } else if (!seen.add(who.get().id() + "|" + item.role())) {
                    errors.add(new FieldError(at, "lists " + who.get().slug() + " as " + item.role().value()
                            + " a second time."));
                } else {
                    entries.add(new BylineStore.Entry(who.get().id(), item.role()));
                }
            }
            if (!errors.isEmpty()) {
                throw Problems.validation(errors);
            }
            backend.bylines().replace(c, articleId, entries);
            return current(c);
        });
    }

    /** The active contributor for a slug; a merged slug leads to the record it was merged into. */
    private Optional<Contributor> resolve(Connection c, String slug) throws SQLException {
        Optional<Contributor> found = backend.contributors().bySlugLocked(c, slug);
        for (int hops = 0; found.isPresent() && !found.get().active() && hops < 10; hops++) {
            found = backend.contributors().bySlugLocked(c, found.get().mergedInto());
        }
        return found.filter(Contributor::active);
    }

    private BylinesJson current(Connection c) throws SQLException {
        List<BylineStore.Byline> all = backend.bylines().of(c, articleId);
        String language = context.articles().find(articleId).map(ArticleSnapshot::language).orElse(null);
        return new BylinesJson(all.stream().map(b -> new BylineJson(b.slug(), b.name(), b.role().value(), b.guest(),
                b.needsConfirmation())).toList(),
                BylineText.render(all.stream().map(b -> new BylineText.Entry(b.name(), b.role())).toList(), language));
    }
}
