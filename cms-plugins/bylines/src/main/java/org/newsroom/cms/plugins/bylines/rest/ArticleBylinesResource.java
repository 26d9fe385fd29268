package org.newsroom.cms.plugins.bylines.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
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

    /** How far a chain of merged slugs is followed (merges point at active records; this only stops loops). */
    private static final int MAX_MERGE_HOPS = 10;

    private final UUID articleId;
    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final Supplier<Role> defaultRole;

    public ArticleBylinesResource(UUID articleId, PluginContext context, ContributorStore contributors,
                                  BylineStore bylines, Supplier<Role> defaultRole) {
        this.articleId = articleId;
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.defaultRole = defaultRole;
    }

    @GET
    public BylinesJson get() {
        Access.signedIn(context);
        return current();
    }

    /** Replaces the bylines: {@code {"bylines": [{"contributor": "<slug>", "role": "author"}, …]}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BylinesJson put(BylinesRequests.BylinesBody body) {
        Caller caller = Access.signedIn(context);
        if (!context.articles().mayEdit(articleId, caller)) {
            throw PluginException.forbidden("You cannot edit this article, so you cannot change its bylines: "
                    + "journalists edit their own articles in DRAFT or CHANGES_REQUESTED, editors any article not "
                    + "killed.");
        }
        List<FieldError> errors = new ArrayList<>(BylinesRequests.violations(body));
        if (errors.stream().anyMatch(e -> e.field().equals("bylines"))) {
            throw PluginException.invalid(errors);
        }
        Role fallback = defaultRole.get();
        List<BylineStore.Entry> entries = new ArrayList<>();
        Set<BylineStore.Entry> seen = new HashSet<>();
        for (int i = 0; i < body.bylines().size(); i++) {
            BylinesRequests.BylineItem item = body.bylines().get(i);
            if (item == null || !item.usable()) {
                continue; // already among the errors
            }
            String at = "bylines[" + i + "]";
            Optional<Contributor> who = resolve(item.contributor().strip());
            if (who.isEmpty()) {
                errors.add(new FieldError(at + ".contributor", "no contributor \"" + item.contributor().strip()
                        + "\"; create it under /api/plugins/bylines/contributors first."));
                continue;
            }
            BylineStore.Entry entry = new BylineStore.Entry(who.get().id(), item.roleOr(fallback));
            if (!seen.add(entry)) {
                errors.add(new FieldError(at, "lists " + who.get().slug() + " as " + entry.role().value()
                        + " a second time."));
            } else {
                entries.add(entry);
            }
        }
        if (!errors.isEmpty()) {
            throw PluginException.invalid(errors);
        }
        bylines.replace(articleId, entries);
        context.articles().dataChanged(articleId); // its search documents take the new names
        return current();
    }

    /** The active contributor for a slug; a merged slug leads to the record it was merged into. */
    private Optional<Contributor> resolve(String slug) {
        Optional<Contributor> found = contributors.bySlugLocked(slug);
        for (int hops = 0; found.isPresent() && !found.get().active() && hops < MAX_MERGE_HOPS; hops++) {
            found = contributors.bySlugLocked(found.get().mergedInto());
        }
        return found.filter(Contributor::active);
    }

    private BylinesJson current() {
        List<BylineStore.Byline> all = bylines.of(articleId);
        String language = context.articles().find(articleId).map(ArticleSnapshot::language).orElse(null);
        return new BylinesJson(all.stream().map(b -> new BylineJson(b.slug(), b.name(), b.role().value(), b.guest(),
                b.needsConfirmation())).toList(),
                BylineText.render(all.stream().map(b -> new BylineText.Entry(b.name(), b.role())).toList(), language));
    }
}
