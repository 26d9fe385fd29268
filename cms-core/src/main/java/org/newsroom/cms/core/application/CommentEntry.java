package org.newsroom.cms.core.application;

import java.time.Instant;

import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * An editorial comment as newsroom users read it.
 *
 * @param transition the state the article moved to with this comment (e.g. CHANGES_REQUESTED), or null for a
 *                   comment made on its own
 */
public record CommentEntry(long id, String author, String body, Instant at, ArticleStatus transition) {
}
