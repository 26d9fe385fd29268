package org.newsroom.cms.core.domain.workflow;

/**
 * The named editorial moves. Most are transitions in the {@link Workflow} table; {@link #CORRECT} and
 * {@link #REPUBLISH} are updates of a live article that keep it PUBLISHED, actions of their own.
 */
public enum WorkflowAction {
    SUBMIT,
    REQUEST_CHANGES,
    APPROVE,
    SCHEDULE,
    UNSCHEDULE,
    PUBLISH,
    /** Publishes the working copy of a live article with a public correction note. */
    CORRECT,
    /** Publishes the edited working copy of a live article without a correction note (developing stories). */
    REPUBLISH,
    UNPUBLISH,
    KILL,
    RETURN_TO_DRAFT
}
