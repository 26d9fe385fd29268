package org.newsroom.cms.core.domain.workflow;

/** The named editorial moves; each one is a transition in the {@link Workflow} table. */
public enum WorkflowAction {
    SUBMIT,
    REQUEST_CHANGES,
    APPROVE,
    SCHEDULE,
    UNSCHEDULE,
    PUBLISH,
    /** Publishes the working copy of a live article with a public correction note. */
    CORRECT,
    UNPUBLISH,
    KILL,
    RETURN_TO_DRAFT
}
