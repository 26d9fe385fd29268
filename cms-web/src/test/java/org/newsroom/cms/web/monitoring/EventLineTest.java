package org.newsroom.cms.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.application.EditorialEvent;

class EventLineTest {

    private static final UUID ID = UUID.fromString("0d6c3a52-6f1e-4d0b-9a55-3a4a1f0e2b11");

    @Test
    void aPublicationIsOneLineOfKeyValuePairs() {
        EditorialEvent e = new EditorialEvent(EditorialEvent.Kind.PUBLISH, ID, "iran-rusia", "budi", 3,
                EditorialEvent.Via.EDITOR, Instant.parse("2026-12-01T06:00:00Z"), null);
        assertThat(EditorialEventLog.line(e, Instant.parse("2026-12-01T06:00:00.100Z")))
                .isEqualTo("event=publish article=" + ID + " slug=iran-rusia user=budi revision=3 via=editor");
    }

    @Test
    void theSchedulersPublicationSaysWhenItWasDueAndHowLateItRan() {
        EditorialEvent e = new EditorialEvent(EditorialEvent.Kind.PUBLISH, ID, "iran-rusia", "budi", 4,
                EditorialEvent.Via.SCHEDULER, Instant.parse("2026-12-01T06:00:01.500Z"),
                Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(EditorialEventLog.line(e, Instant.parse("2026-12-01T06:00:01.750Z")))
                .endsWith(" via=scheduler dueAt=2026-12-01T06:00:00Z lagMillis=1750");
    }

    @Test
    void killsAndSchedulesHaveTheirOwnEventNames() {
        EditorialEvent kill = new EditorialEvent(EditorialEvent.Kind.KILL, ID, "iran-rusia", "ani", 5, null,
                Instant.EPOCH, null);
        assertThat(EditorialEventLog.line(kill, Instant.EPOCH))
                .isEqualTo("event=kill article=" + ID + " slug=iran-rusia user=ani revision=5");
        EditorialEvent schedule = new EditorialEvent(EditorialEvent.Kind.SCHEDULE, ID, "iran-rusia", "ani", 5, null,
                Instant.EPOCH, Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(EditorialEventLog.line(schedule, Instant.EPOCH))
                .startsWith("event=schedule ").endsWith(" publishAt=2026-12-01T06:00:00Z");
    }

    @Test
    void valuesThatWouldBreakTheLineAreQuotedAndEscaped() {
        assertThat(EventLine.of("x").with("a", "two words").with("b", "q\"uote").with("c", "").with("d", null)
                .with("e", "k=v").with("f", "line\nbreak").toString())
                .isEqualTo("event=x a=\"two words\" b=\"q\\\"uote\" c=\"\" d=- e=\"k=v\" f=\"line\\nbreak\"");
    }
}
