package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * May veto a workflow transition before it happens, e.g. "Photo 2: add a credit line". Called inside the
 * transaction, before anything changes; read-only. Every reason of every enabled validator is collected
 * and the user gets them all at once (HTTP 422). For scheduled publication the check runs again at the
 * due time; a veto then returns the article to APPROVED with the reasons in its audit trail.
 */
public interface TransitionValidator extends ExtensionPoint {

    /**
     * @param proposed the transition about to happen ({@link TransitionEvent#article()} is the state before it)
     * @return human-readable reasons to refuse it, each saying what to fix; empty to allow it
     */
    List<String> validate(TransitionEvent proposed);
}
