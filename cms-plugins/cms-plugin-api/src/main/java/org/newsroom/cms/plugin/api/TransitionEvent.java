package org.newsroom.cms.plugin.api;

/**
 * A workflow move: the article, from and to which state, who asked, with which comment.
 * {@code bySystem} is true when the system acted on {@code actor}'s behalf (scheduled publishing).
 * A move can go from a state to itself (a correction: PUBLISHED → PUBLISHED).
 */
public record TransitionEvent(
        ArticleSnapshot article,
        WorkflowState from,
        WorkflowState to,
        String actor,
        String comment,
        boolean bySystem) {
}
