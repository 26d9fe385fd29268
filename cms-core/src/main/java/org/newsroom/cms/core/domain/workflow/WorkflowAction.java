package org.newsroom.cms.core.domain.workflow;

/** The named editorial moves; each one is a transition in the {@link Workflow} table. */
public enum WorkflowAction {
    SUBMIT,
    REQUEST_CHANGES,
    APPROVE,
    PUBLISH,
    UNPUBLISH,
    KILL,
    RETURN_TO_DRAFT
}
