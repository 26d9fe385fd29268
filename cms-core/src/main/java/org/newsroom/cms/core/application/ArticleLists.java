package org.newsroom.cms.core.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleFilter;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * The newsroom list behind {@link ArticleService#list(Actor, ArticleQuery)}: checks the paging, resolves the
 * author's name, applies the {@link DraftVisibility} policy and asks the repository for one page and the total.
 */
@ApplicationScoped
class ArticleLists {

    @Inject
    ArticleRepository articles;
    @Inject
    UserRepository users;
    @Inject
    DraftVisibility drafts;

    ResultPage<Article> list(Actor viewer, ArticleQuery query) {
        int page = query.page();
        int size = query.size();
        if (page < 1 || size < 1 || size > ArticleService.MAX_PAGE_SIZE) {
            throw ValidationException.of(page < 1 ? "page" : "size", page < 1 ? "starts at 1."
                    : "must be between 1 and " + ArticleService.MAX_PAGE_SIZE + ".");
        }
        UUID authorId = null;
        if (query.author() != null && !query.author().isBlank()) {
            var author = users.findByUsername(query.author().strip());
            if (author.isEmpty()) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            authorId = author.get().getId();
        }
        String headline = query.headline() == null ? null : query.headline().strip();
        if (headline != null && headline.length() > ArticleInputValidator.MAX_HEADLINE) {
            return new ResultPage<>(List.of(), page, size, 0); // no headline is that long
        }
        String section = query.section() == null ? null : query.section().strip();
        if (query.q() != null && query.q().length() > SearchService.MAX_QUERY) {
            throw ValidationException.of("q", "is " + query.q().length() + " characters; the limit is "
                    + SearchService.MAX_QUERY + ".");
        }
        ArticleFilter filter = new ArticleFilter(query.statuses(), authorId, section, headline,
                drafts.restrictedViewer(viewer), DraftVisibility.PRIVATE, query.q());
        List<Article> items = articles.search(filter, query.sort(), (page - 1) * size, size);
        return new ResultPage<>(items, page, size, articles.count(filter));
    }
}
