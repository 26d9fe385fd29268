package org.newsroom.cms.core.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;

/**
 * The revisions behind an article's working copy, for {@link ArticleService}: where autosaves fold. If the
 * latest revision is the saver's and still open, an autosave overwrites it and an explicit save overwrites
 * and closes it; otherwise a new revision is made (open for an autosave), and the one it follows is closed.
 * Only the latest revision is ever open and the live one never is (a transition closes it, in the database).
 * Runs inside the caller's transaction, after the caller applied the content to the article.
 */
@ApplicationScoped
class WorkingCopy {

    @Inject
    RevisionRepository revisions;

    /** @param latest the latest revision, read before the article was changed ({@link #latest}) */
    void save(Article article, Revision latest, Actor actor, ArticleContent content, Instant now, boolean autosave) {
        if (latest.isOpenFor(actor.id()) && !article.isLiveRevision(latest.getNumber())) {
            latest.overwrite(content, now);
            if (!autosave) {
                latest.close();
            }
        } else {
            add(article, actor, content, null, now, autosave, latest);
        }
    }

    /** Revision {@code old}'s content as a new, closed revision. */
    void restore(Article article, Revision latest, Actor actor, Revision old, Instant now) {
        add(article, actor, old.content(), old.getNumber(), now, false, latest);
    }

    private void add(Article article, Actor actor, ArticleContent content, Integer restoredFrom, Instant now,
                     boolean open, Revision previous) {
        if (previous.isOpen()) {
            previous.close();
        }
        int based = article.getCurrentRevision();
        Revision revision = new Revision(article.getId(), based + 1, based, restoredFrom, actor.id(), content, now,
                open);
        revisions.add(revision);
        article.recordRevision(revision);
    }

    /** The working copy's revision. A query: call it before changing the article, or it may flush early. */
    Revision latest(Article article) {
        return revisions.find(article.getId(), article.getCurrentRevision()).orElseThrow(() ->
                new IllegalStateException("article " + article.getId() + " lacks revision "
                        + article.getCurrentRevision()));
    }
}
