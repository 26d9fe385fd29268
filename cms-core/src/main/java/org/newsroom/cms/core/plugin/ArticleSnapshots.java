package org.newsroom.cms.core.plugin;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.WorkflowState;

/** Turns articles into the immutable snapshots plugins get. */
public final class ArticleSnapshots {

    private ArticleSnapshots() {
    }

    /** The working copy. */
    public static ArticleSnapshot working(Article a) {
        return of(a, a.content(), a.getCurrentRevision());
    }

    /** What readers see: the live revision's content (the revision must have been loaded). */
    public static ArticleSnapshot live(Article a, ArticleContent liveContent) {
        return of(a, liveContent, a.getLiveRevisionNumber() == null ? a.getCurrentRevision() : a.getLiveRevisionNumber());
    }

    private static ArticleSnapshot of(Article a, ArticleContent c, int revision) {
        return new ArticleSnapshot(a.getId(), a.getSlug(), c.headline(), c.standfirst(), c.body(), c.datelinePlace(),
                c.datelineSource(), c.language(), c.section(), WorkflowState.valueOf(a.getStatus().name()),
                a.getAuthor().getUsername(), revision, a.isLive(), a.getFirstPublishedAt(), a.getLastPublishedAt());
    }
}
