package org.newsroom.cms.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.search.SearchDocument;
import org.newsroom.cms.core.domain.search.SearchIndex;
import org.newsroom.cms.core.domain.search.SearchScope;
import org.newsroom.cms.core.plugin.ArticleDataChanged;
import org.newsroom.cms.core.plugin.ArticleSnapshots;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.delivery.SearchParts;

/**
 * Keeps an article's search documents in step with it, in the transaction of the change: the working copy's
 * always, the live revision's while the article has one (unpublishing and killing remove it, so a story readers
 * cannot see is never a hit). Called by {@link ArticleService}, {@link SchedulingService} and the imports after
 * every save and transition, and when a plugin reports that its data about the article changed.
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    SearchIndex index;
    @Inject
    PluginEvents plugins;
    @Inject
    ArticleRepository articles;
    @Inject
    IndexDeferral deferral;

    /**
     * The caller builds the article's documents with {@link #index} later in this transaction: until then, plugins
     * reporting their data about it ({@code dataChanged}) do not rebuild them each time.
     */
    public void defer(Article article) {
        deferral.add(article.getId());
    }

    /** Rebuilds both documents of the article as it stands in this transaction. */
    public void index(Article article) {
        deferral.remove(article.getId());
        articles.flush(); // the documents reference the article row
        putWorking(article);
        putLive(article);
    }

    /**
     * After a save or restore: only the working copy's document changed (the live revision did not), but a
     * save may move the embargo, which the live document carries.
     */
    public void saved(Article article) {
        articles.flush();
        putWorking(article);
        if (article.isLive()) {
            index.embargo(article.getId(), article.getEmbargoUntil());
        }
    }

    /**
     * After a transition, correction or republication: the working copy's text is unchanged, the live revision
     * may be new, or gone.
     */
    public void transitioned(Article article) {
        articles.flush();
        putLive(article);
    }

    private void putWorking(Article article) {
        index.put(document(article, SearchScope.WORKING, article.content(), ArticleSnapshots.working(article)));
    }

    private void putLive(Article article) {
        if (article.isLive()) {
            ArticleContent live = article.getLiveRevision().content();
            index.put(document(article, SearchScope.LIVE, live, ArticleSnapshots.live(article, live)));
        } else {
            index.remove(article.getId(), SearchScope.LIVE);
        }
    }

    /** A plugin's data about the article changed (its tags, its bylines): rebuild with the new parts. */
    void pluginDataChanged(@Observes ArticleDataChanged event) {
        if (deferral.contains(event.articleId())) {
            return;
        }
        articles.find(event.articleId()).ifPresent(this::index);
    }

    private SearchDocument document(Article article, SearchScope scope, ArticleContent content, ArticleSnapshot snapshot) {
        SearchParts parts = plugins.searchParts(snapshot);
        boolean live = scope == SearchScope.LIVE;
        return new SearchDocument(article.getId(), scope, content.language(), content.headline(), content.standfirst(),
                snapshot.bodyText(), parts.text(), content.section(), parts.keys(),
                live ? article.getFirstPublishedAt() : null, live ? article.getEmbargoUntil() : null);
    }
}
