package org.newsroom.cms.plugins.bylines;

import java.util.Optional;

import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.plugin.api.delivery.PublicCollections;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * Author pages on the public site, {@code /authors/{slug}}: the contributor's name and bio and their visible
 * articles, newest first publication first. A merged record's slug leads to the one it was merged into.
 */
final class BylinesCollections implements PublicCollections {

    static final String SEGMENT = "authors";

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;

    BylinesCollections(PluginContext context, ContributorStore contributors, BylineStore bylines) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
    }

    /** A contributor's public page, or null without a slug. */
    static String path(String slug) {
        return slug == null ? null : "/" + SEGMENT + "/" + slug;
    }

    @Override
    public String segment() {
        return SEGMENT;
    }

    @Override
    public Optional<ArticleCollection> collection(String slug, Cursor after, int limit) {
        Optional<Contributor> found = contributors.bySlug(slug);
        if (found.isPresent() && !found.get().active()) {
            found = contributors.bySlug(found.get().mergedInto());
        }
        return found.map(who -> new ArticleCollection(who.slug(), who.displayName(), who.bio(), null,
                context.articles().publishedPage(bylines.articlesOf(who.id()), PublishedPage.Order.FIRST_PUBLISHED,
                        after, limit)));
    }
}
