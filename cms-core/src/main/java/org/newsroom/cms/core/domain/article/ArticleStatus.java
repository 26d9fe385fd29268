package org.newsroom.cms.core.domain.article;

/** Where an article stands in the editorial workflow. Publish dates are kept apart from it. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    /** Reserved for scheduled publishing; no transition leads here yet. */
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    KILLED
}
