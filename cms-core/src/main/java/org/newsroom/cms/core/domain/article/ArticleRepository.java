package org.newsroom.cms.core.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores articles. The public read methods return PUBLISHED articles only. */
public interface ArticleRepository {

    Optional<Article> find(UUID id);

    boolean slugExists(String slug);

    void add(Article article);

    /** Makes pending changes hit the database now, so version conflicts surface inside the caller. */
    void flush();

    /** Newsroom list, newest change first; {@code status} and {@code authorId} are optional filters. */
    List<Article> search(ArticleStatus status, UUID authorId, int offset, int limit);

    long count(ArticleStatus status, UUID authorId);

    Optional<Article> findPublishedBySlug(String slug);

    /**
     * Latest published articles, newest first, strictly older than the cursor when one is given.
     * Ties on the publish time are broken by id so paging never skips or repeats an article.
     */
    List<Article> latestPublished(PublishedCursor after, int limit);

    /** Position in the public list: the last article seen. */
    record PublishedCursor(Instant publishedAt, UUID id) {
    }
}
