package org.newsroom.cms.core.domain.workflow;

import java.util.List;

import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * The workflow's answer to "may this user move this article from A to B?".
 *
 * @param outcome       allowed, forbidden for this user, or not a move that exists from the current state
 * @param action        the named move, when the transition exists
 * @param commentRequired whether the move must carry a comment (request changes, kill)
 * @param allowedTargets the states this user could move the article to from its current state
 */
public record Decision(Outcome outcome, WorkflowAction action, boolean commentRequired,
                       List<ArticleStatus> allowedTargets) {

    public enum Outcome {
        ALLOWED,
        /** The transition exists from this state, but not for this user (role or ownership). */
        FORBIDDEN,
        /** No such transition from the current state, whoever asks. */
        NOT_FROM_CURRENT_STATE
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOWED;
    }
}
