package org.newsroom.cms.plugins.bylines;

import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugins.bylines.rest.ArticleBylinesResource;
import org.newsroom.cms.plugins.bylines.rest.ContributorsResource;
import org.newsroom.cms.plugins.bylines.rest.PublicContributorsResource;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;

/**
 * The endpoints: contributors under {@code /api/plugins/bylines}, an article's bylines at
 * {@code /api/articles/{id}/bylines}, author pages at {@code /api/public/contributors}.
 */
final class BylinesRoutes implements RestExtension {

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final AuditStore audit;

    BylinesRoutes(PluginContext context, ContributorStore contributors, BylineStore bylines, AuditStore audit) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.audit = audit;
    }

    @Override
    public Object pluginResource() {
        return new ContributorsResource(context, contributors, bylines, audit);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticleBylinesResource(articleId, context, contributors, bylines,
                () -> Settings.of(context.config()).defaultRole());
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("contributors", new PublicContributorsResource(context, contributors, bylines));
    }
}
