package org.newsroom.cms.core.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleRepository.PublishedCursor;

/**
 * What readers may see: published articles only. Every public read path goes through here, so the
 * visibility rule lives in one place (the repository's published queries).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticleService {

    public static final int MAX_LIMIT = 100;

    @Inject
    ArticleRepository articles;

    public Optional<Article> bySlug(String slug) {
        return articles.findPublishedBySlug(slug);
    }

    /** Newest first, after the cursor (the last article of the previous page) when given. */
    public List<Article> latest(PublishedCursor after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT + ".");
        }
        return articles.latestPublished(after, limit);
    }
}
