package org.newsroom.cms.plugins.bylines.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.text.Role;

class RequestsTest {

    @Test
    void bylinesInOrderWithTheDefaultRoleWhenMissing() {
        Requests.BylinesBody body = Requests.bylines(Map.of("bylines", List.of(
                Map.of("contributor", "hermansyah", "role", "author"),
                Map.of("contributor", "rudi"),
                Map.of("contributor", "ani", "role", "Translator"))), Role.AUTHOR);
        assertThat(body.errors()).isEmpty();
        assertThat(body.items()).containsExactly(new Requests.Item(0, "hermansyah", Role.AUTHOR),
                new Requests.Item(1, "rudi", Role.AUTHOR), new Requests.Item(2, "ani", Role.TRANSLATOR));
    }

    @Test
    void everyProblemIsListed() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("bylines", List.of(Map.of("contributor", "a", "role", "author"), Map.of("role", "author"),
                Map.of("contributor", "b", "role", "chef"), Map.of("contributor", "a", "role", "author"),
                Map.of("contributor", "c", "colour", "blue"), "nope"));
        bad.put("extra", true);
        Requests.BylinesBody body = Requests.bylines(bad, Role.AUTHOR);
        assertThat(body.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("extra",
                "bylines[1].contributor", "bylines[2].role", "bylines[3]", "bylines[4].colour", "bylines[5]");
        assertThat(body.errors()).filteredOn(e -> e.field().equals("bylines[2].role")).singleElement()
                .extracting(FieldError::message).asString().contains("chef", "photographer");
    }

    @Test
    void missingBylinesListIsAnError() {
        assertThat(Requests.bylines(Map.of(), Role.AUTHOR).errors()).extracting(FieldError::field)
                .containsExactly("bylines");
        assertThat(Requests.bylines(null, Role.AUTHOR).errors()).hasSize(1);
        assertThat(Requests.bylines(Map.of("bylines", List.of()), Role.AUTHOR).errors()).isEmpty();
    }

    @Test
    void contributorFieldsAndDefaults() {
        Requests.ContributorBody guest = Requests.contributor(Map.of("displayName", " Hermansyah ",
                "affiliation", "HanTer"));
        assertThat(guest.errors()).isEmpty();
        assertThat(guest.fields().displayName()).isEqualTo("Hermansyah");
        assertThat(guest.fields().guest()).isTrue();
        assertThat(guest.fields().slug()).isNull();

        Requests.ContributorBody staff = Requests.contributor(Map.of("displayName", "Rina", "username", "rina.w",
                "slug", "rina-w", "bio", "Economy desk."));
        assertThat(staff.errors()).isEmpty();
        assertThat(staff.fields().guest()).isFalse();
        assertThat(staff.fields().username()).isEqualTo("rina.w");
    }

    @Test
    void contributorProblems() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("slug", "Not A Slug");
        bad.put("username", "Bad User");
        bad.put("guest", "yes");
        bad.put("bio", "x".repeat(1001));
        bad.put("nickname", "x");
        assertThat(Requests.contributor(bad).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("displayName", "slug", "username", "guest", "bio", "nickname");
        assertThat(Requests.contributor(Map.of("displayName", "A", "username", "abc", "guest", true)).errors())
                .extracting(FieldError::field).containsExactly("guest");
    }

    @Test
    void publicCursorsRoundTrip() {
        BylineStore.PublishedRef ref = new BylineStore.PublishedRef(UUID.randomUUID(),
                Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(Cursors.decode(Cursors.encode(ref))).isEqualTo(ref);
        assertThat(Cursors.decode(null)).isNull();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Cursors.decode("nope"));
    }
}
