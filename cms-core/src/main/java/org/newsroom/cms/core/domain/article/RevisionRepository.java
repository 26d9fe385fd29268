package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores revisions (append-only) and the public corrections made with them. */
public interface RevisionRepository {

    void add(Revision revision);

    Optional<Revision> find(UUID articleId, int number);

    /** All revisions of an article, oldest first. */
    List<Revision> list(UUID articleId);

    void add(Correction correction);

    /** Corrections of an article, oldest first. */
    List<Correction> corrections(UUID articleId);

    /** Corrections of these articles, oldest first (one query for a whole feed). */
    List<Correction> corrections(Collection<UUID> articleIds);

    /**
     * The newest corrections, newest first, of the articles readers can see at {@code now} (the article
     * repository's visibility rule): a correction of an unpublished or killed story is not listed.
     */
    List<Correction> recentLiveCorrections(int limit, Instant now);
}
