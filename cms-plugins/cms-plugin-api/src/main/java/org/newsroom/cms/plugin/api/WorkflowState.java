package org.newsroom.cms.plugin.api;

/** The editorial workflow states, as plugins see them. */
public enum WorkflowState {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    KILLED
}
