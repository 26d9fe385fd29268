package org.newsroom.cms.core.domain.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PreviewLinkTest {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    final UUID creator = UUID.randomUUID();

    PreviewLink link() {
        return new PreviewLink(UUID.randomUUID(), PreviewTokens.hash(PreviewTokens.generate()), creator, NOW,
                Duration.ofHours(48));
    }

    @Test
    void aLinkOpensUntilItExpires() {
        PreviewLink link = link();
        assertThat(link.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(link.isActiveAt(NOW)).isTrue();
        assertThat(link.isActiveAt(link.getExpiresAt().minusSeconds(1))).isTrue();
        assertThat(link.isActiveAt(link.getExpiresAt())).isFalse();
    }

    @Test
    void aRevokedLinkNeverOpensAgainAndKeepsItsFirstRevocation() {
        PreviewLink link = link();
        UUID editor = UUID.randomUUID();
        link.revoke(editor, NOW.plusSeconds(60));
        link.revoke(creator, NOW.plusSeconds(120));
        assertThat(link.isActiveAt(NOW.plusSeconds(61))).isFalse();
        assertThat(link.getRevokedBy()).isEqualTo(editor);
        assertThat(link.getRevokedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aLinkMustLiveForSomeTime() {
        assertThatThrownBy(() -> new PreviewLink(UUID.randomUUID(), "x", creator, NOW, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
