package org.newsroom.cms.core.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void aCursorComesBackExactlyScoreBitsIncluded() {
        SearchCursor cursor = new SearchCursor(Instant.parse("2026-12-02T07:00:00.123456Z"), 0.1 + 0.2, UUID.randomUUID());
        assertThat(SearchCursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void noneForBlankAndRefusedForTokensWeNeverGaveOut() {
        assertThat(SearchCursor.decode(null)).isEmpty();
        assertThat(SearchCursor.decode(" ")).isEmpty();
        assertThatThrownBy(() -> SearchCursor.decode("nonsense")).isInstanceOf(IllegalArgumentException.class);
        String negative = new SearchCursor(Instant.parse("2026-01-01T00:00:00Z"), 1, UUID.randomUUID()).encode();
        assertThat(SearchCursor.decode(negative)).isPresent();
        String nan = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("1767225600.0."
                + Long.toHexString(Double.doubleToRawLongBits(Double.NaN)) + "." + UUID.randomUUID()).getBytes());
        assertThatThrownBy(() -> SearchCursor.decode(nan)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recencyHalvesAtThirtyDaysAndNeverExceedsOne() {
        assertThat(SearchCursor.recency(0)).isEqualTo(1.0);
        assertThat(SearchCursor.recency(30)).isEqualTo(0.5);
        assertThat(SearchCursor.recency(60)).isEqualTo(1.0 / 3);
        assertThat(SearchCursor.recency(-5)).as("a story newer than the reference time").isEqualTo(1.0);
    }
}
