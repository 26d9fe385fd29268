package org.newsroom.cms.plugins.bylines;

import java.util.function.Supplier;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.CreateFields;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.rest.ArticleBylinesResource;
import org.newsroom.cms.plugins.bylines.rest.BylinesRequests.BylinesBody;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * {@code "plugins": {"bylines": {"bylines": [{"contributor": "hermansyah", "role": "author"}]}}} on create: the
 * body of {@code PUT /api/articles/{id}/bylines}, stored by that endpoint's code, so the rules and the errors
 * ({@code plugins.bylines.bylines[0].contributor}) are the same. It replaces the author's byline that
 * {@link BylinesListener} gave the new article.
 */
final class BylinesCreateFields implements CreateFields<BylinesBody> {

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final Supplier<Role> defaultRole;

    BylinesCreateFields(PluginContext context, ContributorStore contributors, BylineStore bylines,
                        Supplier<Role> defaultRole) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.defaultRole = defaultRole;
    }

    @Override
    public Class<BylinesBody> type() {
        return BylinesBody.class;
    }

    @Override
    public void articleCreated(ArticleSnapshot article, BylinesBody fields) {
        new ArticleBylinesResource(article.id(), context, contributors, bylines, defaultRole).put(fields);
    }
}
