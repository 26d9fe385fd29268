package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.preview.PreviewLink;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.plugin.api.FieldError;

class PreviewLinkServiceTest {

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), "user-" + role.name().toLowerCase(), Set.of(role));
    }

    @Test
    void aLinkLasts48HoursUnlessAskedAndAtMost30Days() {
        assertThat(PreviewLinkService.hours(null)).isEqualTo(48);
        assertThat(PreviewLinkService.hours(1)).isEqualTo(1);
        assertThat(PreviewLinkService.hours(720)).isEqualTo(720);
        for (int bad : new int[] {0, -1, 721, Integer.MAX_VALUE}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> PreviewLinkService.hours(bad));
            assertThat(e).as("hours " + bad).isNotNull();
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("hours");
            assertThat(e.errors().get(0).message()).isEqualTo(
                    "must be a whole number of hours from 1 to 720 (leave it out for 48).");
            assertThat(e.errors(Locale.forLanguageTag("id")).get(0).message()).startsWith("harus bilangan bulat jam");
        }
    }

    @Test
    void theCreatorEditorsAndAdminsMayRevokeALinkOtherJournalistsMayNot() {
        Actor creator = actor(Role.JOURNALIST);
        PreviewLink link = new PreviewLink(UUID.randomUUID(), "0".repeat(64), creator.id(),
                Instant.parse("2026-12-01T00:00:00Z"), Duration.ofHours(48));
        assertThat(PreviewLinkService.mayRevoke(creator, link)).isTrue();
        assertThat(PreviewLinkService.mayRevoke(actor(Role.EDITOR), link)).isTrue();
        assertThat(PreviewLinkService.mayRevoke(actor(Role.ADMIN), link)).isTrue();
        assertThat(PreviewLinkService.mayRevoke(actor(Role.JOURNALIST), link)).isFalse();
    }
}
