package org.newsroom.cms.plugins.bylines;

import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;

/**
 * The creator of a new article becomes its first byline, in the default role. Wire and ninjs imports may
 * later replace it with the writers the copy names ({@link ImportedBylines}).
 */
final class BylinesListener implements ArticleListener {

    private final PluginContext context;
    private final StaffContributors staff;
    private final BylineStore bylines;

    BylinesListener(PluginContext context, StaffContributors staff, BylineStore bylines) {
        this.context = context;
        this.staff = staff;
        this.bylines = bylines;
    }

    @Override
    public void articleCreated(ArticleSnapshot article) {
        Contributor creator = staff.of(article.author());
        bylines.append(article.id(), new BylineStore.Entry(creator.id(), Settings.of(context.config()).defaultRole()));
    }
}
