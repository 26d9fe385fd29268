package org.newsroom.cms.core.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;

/**
 * Checks every (role × ownership × state × target) against the table below, written out by hand
 * from the product rules, so any change to the state machine must change this table too.
 */
class WorkflowTest {

    /**
     * from → to : who may (J = journalist who wrote it, E = editor, A = admin), then "comment" when a
     * comment is required. Any pair not listed is not a transition at all.
     */
    private static final String TABLE = """
            DRAFT             -> IN_REVIEW         : J E A
            CHANGES_REQUESTED -> IN_REVIEW         : J E A
            PUBLISHED         -> IN_REVIEW         : J E A
            IN_REVIEW         -> CHANGES_REQUESTED : E A comment
            APPROVED          -> CHANGES_REQUESTED : E A comment
            SCHEDULED         -> CHANGES_REQUESTED : E A comment
            IN_REVIEW         -> APPROVED          : E A
            APPROVED          -> SCHEDULED         : E A
            SCHEDULED         -> APPROVED          : E A
            IN_REVIEW         -> PUBLISHED         : E A
            APPROVED          -> PUBLISHED         : E A
            SCHEDULED         -> PUBLISHED         : E A
            UNPUBLISHED       -> PUBLISHED         : E A
            PUBLISHED         -> UNPUBLISHED       : E A
            DRAFT             -> KILLED            : E A comment
            IN_REVIEW         -> KILLED            : E A comment
            CHANGES_REQUESTED -> KILLED            : E A comment
            APPROVED          -> KILLED            : E A comment
            SCHEDULED         -> KILLED            : E A comment
            PUBLISHED         -> KILLED            : E A comment
            UNPUBLISHED       -> KILLED            : E A comment
            IN_REVIEW         -> DRAFT             : E A
            CHANGES_REQUESTED -> DRAFT             : E A
            APPROVED          -> DRAFT             : E A
            SCHEDULED         -> DRAFT             : E A
            PUBLISHED         -> DRAFT             : E A
            UNPUBLISHED       -> DRAFT             : E A
            """;

    /** status : who may edit (J = own article only). */
    private static final String EDIT_TABLE = """
            DRAFT             : J E A
            IN_REVIEW         : E A
            CHANGES_REQUESTED : J E A
            APPROVED          : E A
            SCHEDULED         : E A
            PUBLISHED         : E A
            UNPUBLISHED       : E A
            KILLED            :
            """;

    private record Expected(Set<String> who, boolean comment) {
    }

    private static Map<String, Expected> transitions() {
        Map<String, Expected> map = new HashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] sides = line.split(":");
            String[] pair = sides[0].split("->");
            List<String> tokens = new ArrayList<>(List.of(sides[1].trim().split("\\s+")));
            boolean comment = tokens.remove("comment");
            map.put(pair[0].trim() + ">" + pair[1].trim(), new Expected(Set.copyOf(tokens), comment));
        }
        return map;
    }

    private static String letter(Role role) {
        return role.name().substring(0, 1);
    }

    @Test
    void everyRoleOwnershipStateAndTargetMatchesTheTable() {
        Map<String, Expected> table = transitions();
        int checked = 0;
        for (Role role : Role.values()) {
            for (boolean owner : new boolean[] {true, false}) {
                for (ArticleStatus from : ArticleStatus.values()) {
                    for (ArticleStatus to : ArticleStatus.values()) {
                        Decision d = Workflow.decide(Set.of(role), owner, from, to);
                        Expected e = table.get(from + ">" + to);
                        String cell = role + (owner ? " (owner) " : " ") + from + " -> " + to;
                        if (e == null) {
                            assertThat(d.outcome()).as(cell).isEqualTo(Decision.Outcome.NOT_FROM_CURRENT_STATE);
                        } else {
                            boolean may = e.who().contains(letter(role)) && (role != Role.JOURNALIST || owner);
                            assertThat(d.outcome()).as(cell)
                                    .isEqualTo(may ? Decision.Outcome.ALLOWED : Decision.Outcome.FORBIDDEN);
                            assertThat(d.commentRequired()).as(cell + " comment").isEqualTo(e.comment());
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 2 * 8 * 8);
    }

    @Test
    void allowedTargetsAreExactlyTheAllowedDecisions() {
        for (Role role : Role.values()) {
            for (boolean owner : new boolean[] {true, false}) {
                for (ArticleStatus from : ArticleStatus.values()) {
                    List<ArticleStatus> expected = new ArrayList<>();
                    for (ArticleStatus to : ArticleStatus.values()) {
                        if (Workflow.decide(Set.of(role), owner, from, to).isAllowed()) {
                            expected.add(to);
                        }
                    }
                    assertThat(Workflow.allowedTargets(Set.of(role), owner, from))
                            .as(role + " " + owner + " " + from).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
    }

    @Test
    void editRightsMatchTheTable() {
        for (String line : EDIT_TABLE.strip().split("\n")) {
            String[] sides = line.split(":", -1);
            ArticleStatus status = ArticleStatus.valueOf(sides[0].trim());
            Set<String> who = Set.of(sides[1].trim().split("\\s+"));
            for (Role role : Role.values()) {
                for (boolean owner : new boolean[] {true, false}) {
                    boolean may = who.contains(letter(role)) && (role != Role.JOURNALIST || owner);
                    assertThat(Workflow.mayEdit(Set.of(role), owner, status))
                            .as(role + (owner ? " (owner) " : " ") + "edits " + status).isEqualTo(may);
                }
            }
        }
    }

    @Test
    void theWidestOfSeveralRolesWins() {
        Set<Role> both = EnumSet.of(Role.JOURNALIST, Role.EDITOR);
        assertThat(Workflow.decide(both, false, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED).isAllowed()).isTrue();
        assertThat(Workflow.decide(both, false, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW).isAllowed()).isTrue();
        assertThat(Workflow.mayEdit(both, false, ArticleStatus.IN_REVIEW)).isTrue();
    }

    @Test
    void noRolesMayDoNothing() {
        for (ArticleStatus from : ArticleStatus.values()) {
            assertThat(Workflow.allowedTargets(Set.of(), true, from)).isEmpty();
            assertThat(Workflow.mayEdit(Set.of(), true, from)).isFalse();
        }
    }

    @Test
    void correctingAndRepublishingAreLiveUpdatesNotTransitions() {
        java.util.Set<Role> editor = java.util.EnumSet.of(Role.EDITOR);
        java.util.Set<Role> journalist = java.util.EnumSet.of(Role.JOURNALIST);
        assertThat(Workflow.allowedTargets(editor, false, ArticleStatus.PUBLISHED)).doesNotContain(ArticleStatus.PUBLISHED);
        assertThat(Workflow.decide(editor, false, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED).outcome())
                .isEqualTo(Decision.Outcome.NOT_FROM_CURRENT_STATE);
        Decision correct = Workflow.decideLiveUpdate(editor, false, ArticleStatus.PUBLISHED, WorkflowAction.CORRECT);
        assertThat(correct.isAllowed()).isTrue();
        assertThat(correct.commentRequired()).isTrue();
        assertThat(Workflow.decideLiveUpdate(editor, false, ArticleStatus.PUBLISHED, WorkflowAction.REPUBLISH)
                .commentRequired()).isFalse();
        assertThat(Workflow.decideLiveUpdate(journalist, true, ArticleStatus.PUBLISHED, WorkflowAction.CORRECT).outcome())
                .isEqualTo(Decision.Outcome.FORBIDDEN);
        assertThat(Workflow.decideLiveUpdate(editor, false, ArticleStatus.APPROVED, WorkflowAction.REPUBLISH).outcome())
                .isEqualTo(Decision.Outcome.NOT_FROM_CURRENT_STATE);
    }

    @Test
    void anEmbargoInForceTakesPublishingOffTheListButNotScheduling() {
        Set<Role> editor = EnumSet.of(Role.EDITOR);
        for (ArticleStatus from : ArticleStatus.values()) {
            List<ArticleStatus> free = Workflow.allowedTargets(editor, false, from);
            List<ArticleStatus> embargoed = Workflow.allowedTargets(editor, false, from, true);
            List<ArticleStatus> expected = new ArrayList<>(free);
            expected.remove(ArticleStatus.PUBLISHED);
            assertThat(embargoed).as("embargoed, from " + from).isEqualTo(expected);
            assertThat(Workflow.allowedTargets(editor, false, from, false)).as("no embargo, from " + from)
                    .isEqualTo(free);
        }
        assertThat(Workflow.allowedTargets(editor, false, ArticleStatus.IN_REVIEW, true))
                .contains(ArticleStatus.APPROVED).doesNotContain(ArticleStatus.PUBLISHED);
        assertThat(Workflow.allowedTargets(editor, false, ArticleStatus.APPROVED, true))
                .contains(ArticleStatus.SCHEDULED).doesNotContain(ArticleStatus.PUBLISHED);
    }
}
