package org.newsroom.cms.plugins.bylines.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Role;

class BylinesRequestsTest {

    private static BylinesRequests.BylineItem item(String contributor, String role) {
        return new BylinesRequests.BylineItem(contributor, role);
    }

    @Test
    void bylinesInOrderWithTheDefaultRoleWhenMissing() {
        var body = new BylinesRequests.BylinesBody(List.of(item("hermansyah", "author"), item("rudi", null),
                item("ani", " Translator ")));
        assertThat(BylinesRequests.violations(body)).isEmpty();
        assertThat(body.bylines()).extracting(i -> i.roleOr(Role.AUTHOR))
                .containsExactly(Role.AUTHOR, Role.AUTHOR, Role.TRANSLATOR);
        assertThat(body.bylines()).allMatch(BylinesRequests.BylineItem::usable);
    }

    @Test
    void everyBadItemIsListedByItsPosition() {
        List<BylinesRequests.BylineItem> items = new ArrayList<>(List.of(item("a", "author"), item(" ", "author"),
                item("b", "chef")));
        items.add(null);
        List<FieldError> errors = BylinesRequests.violations(new BylinesRequests.BylinesBody(items));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("bylines[1].contributor", "bylines[2].role", "bylines[3]");
        assertThat(errors).filteredOn(e -> e.field().equals("bylines[2].role")).singleElement()
                .extracting(FieldError::message).asString().contains("\"chef\"", "photographer");
        assertThat(items.get(2).usable()).isFalse();
    }

    @Test
    void theListIsRequiredAndBounded() {
        assertThat(BylinesRequests.violations(new BylinesRequests.BylinesBody(null))).extracting(FieldError::field)
                .containsExactly("bylines");
        List<BylinesRequests.BylineItem> many = new ArrayList<>();
        for (int i = 0; i <= BylinesRequests.MAX_BYLINES; i++) {
            many.add(item("c" + i, "author"));
        }
        assertThat(BylinesRequests.violations(new BylinesRequests.BylinesBody(many))).singleElement()
                .extracting(FieldError::message).asString().contains("at most 50");
        assertThat(BylinesRequests.violations(new BylinesRequests.BylinesBody(List.of()))).isEmpty();
        assertThatThrownBy(() -> BylinesRequests.violations(null)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void contributorFieldsAndDefaults() {
        ContributorStore.Fields guest = Bodies.valid(new BylinesRequests.ContributorBody(null, " Hermansyah ", null,
                null, null, "HanTer", null)).fields();
        assertThat(guest.displayName()).isEqualTo("Hermansyah");
        assertThat(guest.guest()).isTrue();
        assertThat(guest.slug()).isNull();
        assertThat(guest.needsConfirmation()).isFalse();

        ContributorStore.Fields staff = Bodies.valid(new BylinesRequests.ContributorBody("rina-w", "Rina",
                "Economy desk.", "rina.w", null, null, null)).fields();
        assertThat(staff.guest()).isFalse();
        assertThat(staff.username()).isEqualTo("rina.w");
        assertThat(staff.slug()).isEqualTo("rina-w");

        ContributorStore.Fields blanks = Bodies.valid(new BylinesRequests.ContributorBody("", "Ani", " ", "", false,
                "", true)).fields();
        assertThat(blanks.slug()).isNull();
        assertThat(blanks.bio()).isNull();
        assertThat(blanks.username()).isNull();
        assertThat(blanks.guest()).isFalse();
        assertThat(blanks.needsConfirmation()).isTrue();
    }

    @Test
    void contributorProblems() {
        var bad = new BylinesRequests.ContributorBody("Not A Slug", null, "x".repeat(1001), "Bad User", null, null,
                null);
        assertThatThrownBy(() -> Bodies.valid(bad)).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("displayName", "slug", "username", "bio");
        });
        var guestWithAccount = new BylinesRequests.ContributorBody(null, "A", null, "abc", true, null, null);
        assertThatThrownBy(() -> Bodies.valid(guestWithAccount).fields()).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("guest"));
    }

    @Test
    void mergeNeedsATarget() {
        assertThatThrownBy(() -> Bodies.valid(new BylinesRequests.MergeBody(" "))).isInstanceOfSatisfying(
                PluginException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("into"));
    }
}
