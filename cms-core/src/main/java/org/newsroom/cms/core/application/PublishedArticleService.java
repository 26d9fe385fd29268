package org.newsroom.cms.core.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleRepository.PublishedCursor;
import org.newsroom.cms.core.domain.article.ArticleDiffer;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.audit.AuditLog;

/**
 * What readers may see. Every public read path (JSON, and later pages, feeds, sitemaps, search) goes
 * through here; the visibility rule itself lives in the repository's live queries: a live revision,
 * and no embargo in force. Readers get the live revision, never the working copy.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticleService {

    public static final int MAX_LIMIT = 100;
    private static final Logger LOG = Logger.getLogger(PublishedArticleService.class.getName());

    @Inject
    ArticleRepository articles;
    @Inject
    RevisionRepository revisions;
    @Inject
    AuditLog auditLog;
    @Inject
    Clock clock;

    public Optional<LiveArticle> bySlug(String slug) {
        return articles.findLiveBySlug(slug, clock.instant()).map(a -> new LiveArticle(a,
                a.getLiveRevision().content(), revisions.corrections(a.getId())));
    }

    /**
     * A correction of the visible article {@code slug}, with what it changed for readers: the diff from the
     * revision readers saw before it (the live one at the previous publication, {@link PublicHistory}) to the one
     * it published. Empty when the article is not visible or the correction is not this article's.
     */
    public Optional<PublicCorrection> correction(String slug, long correctionId) {
        return bySlug(slug).flatMap(live -> live.corrections().stream()
                .filter(c -> c.getId() == correctionId).findFirst()
                .flatMap(c -> correction(live, c)));
    }

    private Optional<PublicCorrection> correction(LiveArticle live, Correction c) {
        List<Revision> all = revisions.list(live.article().getId());
        Optional<Revision> after = all.stream().filter(r -> r.getId().equals(c.getRevisionId())).findFirst();
        Optional<Revision> before = PublicHistory.liveBefore(c.getCorrectedAt(),
                auditLog.eventsOf(live.article().getId()), all);
        if (after.isEmpty() || before.isEmpty()) { // the trail always has the first publication; say so if not
            LOG.warning(() -> "Correction "
                    + c.getId() + " of article " + live.article().getId() + ": no " + (after.isEmpty()
                    ? "revision " + c.getRevisionId() : "publication before " + c.getCorrectedAt()) + " on record");
            return Optional.empty();
        }
        return Optional.of(new PublicCorrection(live, c, before.get().content(), after.get().content(),
                ArticleDiffer.diff(before.get().content(), after.get().content()).only(PublicCorrection.PUBLIC_FIELDS)));
    }

    /** Whether the slug belonged to an article killed after publication (410), when {@link #bySlug} found nothing. */
    public boolean isGone(String slug) {
        return articles.findBySlug(slug).map(a -> a.isGone()).orElse(false);
    }

    /** Newest first, after the cursor (the last article of the previous page) when given; without corrections. */
    public List<LiveArticle> latest(PublishedCursor after, int limit) {
        return articles.livePage(null, ArticleRepository.PublishOrder.LAST_PUBLISHED, after, checked(limit), clock.instant()).stream()
                .map(LiveArticle::of).toList();
    }

    /** The section's live articles, newest first, after the cursor when given; without corrections. */
    public List<LiveArticle> inSection(String section, PublishedCursor after, int limit) {
        return articles.liveInSection(section, after, checked(limit), clock.instant()).stream()
                .map(LiveArticle::of).toList();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }
}
