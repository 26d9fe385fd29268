package org.newsroom.cms.web.newsroom;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * One article in a newsroom list: what the dashboard shows of it. {@code note} is an extra line (the editor's
 * comment on a change request); {@code due} the time it is scheduled for, {@code embargo} its embargo.
 */
public record ArticleRow(UUID id, String headline, ArticleStatus status, String author, String section,
                         Instant updatedAt, Instant due, Instant embargo, String note) {

    /** @param sectionNames section names by slug (the article stores the slug) */
    public static ArticleRow of(Article article, String note, Map<String, String> sectionNames) {
        String section = article.getSection() == null ? null
                : sectionNames.getOrDefault(article.getSection(), article.getSection());
        return new ArticleRow(article.getId(), article.getHeadline(), article.getStatus(),
                article.getAuthor().getDisplayName(), section, article.getUpdatedAt(),
                article.getScheduledPublishAt(), article.getEmbargoUntil(), note);
    }

    /** Where the row leads: the review screen for what waits on an editor, else the editor. */
    public String link(boolean editor) {
        boolean review = editor && (status == ArticleStatus.IN_REVIEW || status == ArticleStatus.APPROVED);
        return "/newsroom/articles/" + id + (review ? "/review" : "");
    }
}
