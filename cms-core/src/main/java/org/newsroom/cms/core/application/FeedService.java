package org.newsroom.cms.core.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.domain.article.RevisionRepository;

/**
 * What the public feeds list: the latest stories and the latest corrections, each story with its corrections
 * (a corrected entry gets a new {@code updated}), read in a fixed number of queries whatever the feed's length.
 * Visibility is the repositories' live rule on the CMS clock, as on every public path.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    /** The most entries a feed carries. */
    public static final int MAX_ENTRIES = 100;

    @Inject
    ArticleRepository articles;
    @Inject
    RevisionRepository revisions;
    @Inject
    Clock clock;

    public FeedService() {
    }

    /** For tests. */
    public FeedService(ArticleRepository articles, RevisionRepository revisions, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The {@code limit} latest stories (by last publication: a republished story comes back up), newest first. */
    public List<LiveArticle> latest(int limit) {
        return withCorrections(articles.livePage(null, ArticleRepository.PublishOrder.LAST_PUBLISHED, null,
                checked(limit), clock.instant()));
    }

    /** What readers see of these articles, in the order given; the invisible ones left out. */
    public List<LiveArticle> articles(List<UUID> ids) {
        Map<UUID, Article> byId = new HashMap<>();
        articles.findLive(ids, clock.instant()).forEach(a -> byId.put(a.getId(), a));
        return withCorrections(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** The {@code limit} newest corrections of stories readers can see now, newest first, each with its story. */
    public List<PublishedCorrection> recentCorrections(int limit) {
        List<Correction> recent = revisions.recentLiveCorrections(checked(limit), clock.instant());
        Map<UUID, LiveArticle> stories = new HashMap<>();
        articles(recent.stream().map(Correction::getArticleId).distinct().toList())
                .forEach(a -> stories.put(a.article().getId(), a));
        return recent.stream().filter(c -> stories.containsKey(c.getArticleId()))
                .map(c -> new PublishedCorrection(c, stories.get(c.getArticleId()))).toList();
    }

    private List<LiveArticle> withCorrections(Collection<Article> live) {
        Map<UUID, List<Correction>> byArticle = new LinkedHashMap<>();
        live.forEach(a -> byArticle.put(a.getId(), new ArrayList<>()));
        revisions.corrections(byArticle.keySet()).forEach(c -> byArticle.get(c.getArticleId()).add(c));
        return live.stream().map(a -> new LiveArticle(a, a.getLiveRevision().content(),
                List.copyOf(byArticle.get(a.getId())))).toList();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw new IllegalArgumentException("a feed has 1 to " + MAX_ENTRIES + " entries, not " + limit);
        }
        return limit;
    }

    /** A correction as readers see it: its note and time, and the story it corrected. */
    public record PublishedCorrection(Correction correction, LiveArticle article) {
    }
}
