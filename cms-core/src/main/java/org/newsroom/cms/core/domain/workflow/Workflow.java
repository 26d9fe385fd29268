package org.newsroom.cms.core.domain.workflow;

import static org.newsroom.cms.core.domain.article.ArticleStatus.APPROVED;
import static org.newsroom.cms.core.domain.article.ArticleStatus.CHANGES_REQUESTED;
import static org.newsroom.cms.core.domain.article.ArticleStatus.DRAFT;
import static org.newsroom.cms.core.domain.article.ArticleStatus.IN_REVIEW;
import static org.newsroom.cms.core.domain.article.ArticleStatus.KILLED;
import static org.newsroom.cms.core.domain.article.ArticleStatus.PUBLISHED;
import static org.newsroom.cms.core.domain.article.ArticleStatus.SCHEDULED;
import static org.newsroom.cms.core.domain.article.ArticleStatus.UNPUBLISHED;
import static org.newsroom.cms.core.domain.user.Role.ADMIN;
import static org.newsroom.cms.core.domain.user.Role.EDITOR;
import static org.newsroom.cms.core.domain.user.Role.JOURNALIST;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;

/**
 * The editorial state machine: every transition, who may make it, and who may edit in which state.
 * <p>
 * This is the only place these rules live; every path that changes an article (API, UI, bulk,
 * scheduler) asks it. Journalists act only on articles they wrote; editors and admins on any.
 */
public final class Workflow {

    private static final Set<Role> NEWSROOM_LEADS = EnumSet.of(EDITOR, ADMIN);
    private static final Set<Role> WRITERS = EnumSet.of(JOURNALIST, EDITOR, ADMIN);

    /** One row of the transition table. Journalists in {@code roles} must own the article. */
    private record Rule(WorkflowAction action, Set<ArticleStatus> from, ArticleStatus to, Set<Role> roles,
                        boolean commentRequired) {
    }

    private static final List<Rule> RULES = List.of(
            // PUBLISHED → IN_REVIEW sends the working copy of a live article for review; the live copy stays up
            new Rule(WorkflowAction.SUBMIT, EnumSet.of(DRAFT, CHANGES_REQUESTED, PUBLISHED), IN_REVIEW, WRITERS,
                    false),
            new Rule(WorkflowAction.REQUEST_CHANGES, EnumSet.of(IN_REVIEW, APPROVED, SCHEDULED), CHANGES_REQUESTED,
                    NEWSROOM_LEADS, true),
            new Rule(WorkflowAction.APPROVE, EnumSet.of(IN_REVIEW), APPROVED, NEWSROOM_LEADS, false),
            new Rule(WorkflowAction.SCHEDULE, EnumSet.of(APPROVED), SCHEDULED, NEWSROOM_LEADS, false),
            new Rule(WorkflowAction.UNSCHEDULE, EnumSet.of(SCHEDULED), APPROVED, NEWSROOM_LEADS, false),
            new Rule(WorkflowAction.PUBLISH, EnumSet.of(IN_REVIEW, APPROVED, SCHEDULED, UNPUBLISHED), PUBLISHED,
                    NEWSROOM_LEADS, false),
            new Rule(WorkflowAction.UNPUBLISH, EnumSet.of(PUBLISHED), UNPUBLISHED, NEWSROOM_LEADS, false),
            new Rule(WorkflowAction.KILL,
                    EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED),
                    KILLED, NEWSROOM_LEADS, true),
            // from PUBLISHED this reopens the working copy (e.g. for its journalist); the live copy stays up
            new Rule(WorkflowAction.RETURN_TO_DRAFT,
                    EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED), DRAFT,
                    NEWSROOM_LEADS, false));

    /** Updates of a live article: not transitions (it stays PUBLISHED), so never in {@link #allowedTargets}. */
    private static final List<Rule> LIVE_UPDATES = List.of(
            new Rule(WorkflowAction.CORRECT, EnumSet.of(PUBLISHED), PUBLISHED, NEWSROOM_LEADS, true),
            new Rule(WorkflowAction.REPUBLISH, EnumSet.of(PUBLISHED), PUBLISHED, NEWSROOM_LEADS, false));

    private Workflow() {
    }

    /**
     * Decides a correction or a republication of a live article.
     *
     * @param action {@link WorkflowAction#CORRECT} or {@link WorkflowAction#REPUBLISH}
     */
    public static Decision decideLiveUpdate(Set<Role> roles, boolean owner, ArticleStatus from, WorkflowAction action) {
        Rule rule = LIVE_UPDATES.stream().filter(r -> r.action() == action).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action + " is not an update of a live article"));
        if (!rule.from().contains(from)) {
            return new Decision(Decision.Outcome.NOT_FROM_CURRENT_STATE, action, rule.commentRequired(),
                    allowedTargets(roles, owner, from));
        }
        Decision.Outcome outcome = permits(rule, roles, owner) ? Decision.Outcome.ALLOWED : Decision.Outcome.FORBIDDEN;
        return new Decision(outcome, action, rule.commentRequired(), allowedTargets(roles, owner, from));
    }

    /**
     * Decides a transition.
     *
     * @param roles the acting user's roles
     * @param owner whether the acting user wrote the article
     */
    public static Decision decide(Set<Role> roles, boolean owner, ArticleStatus from, ArticleStatus to) {
        List<ArticleStatus> allowed = allowedTargets(roles, owner, from);
        Rule rule = rule(from, to);
        if (rule == null) {
            return new Decision(Decision.Outcome.NOT_FROM_CURRENT_STATE, null, false, allowed);
        }
        Decision.Outcome outcome = permits(rule, roles, owner) ? Decision.Outcome.ALLOWED : Decision.Outcome.FORBIDDEN;
        return new Decision(outcome, rule.action(), rule.commentRequired(), allowed);
    }

    /** The states this user may move the article to from {@code from}, in table order. */
    public static List<ArticleStatus> allowedTargets(Set<Role> roles, boolean owner, ArticleStatus from) {
        List<ArticleStatus> targets = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.from().contains(from) && permits(rule, roles, owner)) {
                targets.add(rule.to());
            }
        }
        return targets;
    }

    /**
     * The states this user may move the article to now. While an embargo is in force, PUBLISHED is not
     * among them (publishing would be refused, by every path); SCHEDULED stays, since a schedule may lie
     * after the embargo.
     *
     * @param embargoed whether the article's embargo is in force now, on the CMS clock
     */
    public static List<ArticleStatus> allowedTargets(Set<Role> roles, boolean owner, ArticleStatus from,
                                                     boolean embargoed) {
        List<ArticleStatus> targets = allowedTargets(roles, owner, from);
        if (embargoed) {
            targets.remove(PUBLISHED);
        }
        return targets;
    }

    /**
     * Whether the user may change the article's content: journalists their own while it is a draft
     * or has changes requested; editors and admins any article that is not killed.
     */
    public static boolean mayEdit(Set<Role> roles, boolean owner, ArticleStatus status) {
        if (status == KILLED) {
            return false;
        }
        if (roles.contains(EDITOR) || roles.contains(ADMIN)) {
            return true;
        }
        return roles.contains(JOURNALIST) && owner && (status == DRAFT || status == CHANGES_REQUESTED);
    }

    private static Rule rule(ArticleStatus from, ArticleStatus to) {
        for (Rule rule : RULES) {
            if (rule.to() == to && rule.from().contains(from)) {
                return rule;
            }
        }
        return null;
    }

    private static boolean permits(Rule rule, Set<Role> roles, boolean owner) {
        for (Role role : roles) {
            if (rule.roles().contains(role) && (role != JOURNALIST || owner)) {
                return true;
            }
        }
        return false;
    }
}
