package org.newsroom.cms.core.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleRepository.PublishedCursor;
import org.newsroom.cms.core.domain.article.RevisionRepository;

/**
 * What readers may see. Every public read path (JSON, and later pages, feeds, sitemaps, search) goes
 * through here; the visibility rule itself lives in the repository's live queries: a live revision,
 * and no embargo in force. Readers get the live revision, never the working copy.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticleService {

    public static final int MAX_LIMIT = 100;

    @Inject
    ArticleRepository articles;
    @Inject
    RevisionRepository revisions;
    @Inject
    Clock clock;

    public Optional<LiveArticle> bySlug(String slug) {
        return articles.findLiveBySlug(slug, clock.instant()).map(a -> new LiveArticle(a,
                a.getLiveRevision().content(), revisions.corrections(a.getId())));
    }

    /** Whether the slug belonged to an article killed after publication (410), when {@link #bySlug} found nothing. */
    public boolean isGone(String slug) {
        return articles.findBySlug(slug).map(a -> a.isGone()).orElse(false);
    }

    /** Newest first, after the cursor (the last article of the previous page) when given; without corrections. */
    public List<LiveArticle> latest(PublishedCursor after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT + ".");
        }
        return articles.livePage(null, ArticleRepository.PublishOrder.LAST_PUBLISHED, after, limit, clock.instant()).stream()
                .map(a -> new LiveArticle(a, a.getLiveRevision().content(), List.of())).toList();
    }

    /** The section's live articles, newest first, after the cursor when given; without corrections. */
    public List<LiveArticle> inSection(String section, PublishedCursor after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT + ".");
        }
        return articles.liveInSection(section, after, limit, clock.instant()).stream()
                .map(a -> new LiveArticle(a, a.getLiveRevision().content(), List.of())).toList();
    }
}
