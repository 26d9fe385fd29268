package org.newsroom.cms.web.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.EditorialEvent;

/**
 * Once an editorial change has committed: one line on the {@value EventLine#CATEGORY} logger and the matching
 * counter. A change that rolls back leaves neither.
 * <p>
 * Lines: {@code event=publish article=<uuid> slug=<slug> user=<name> revision=<n> via=editor|correction|republication|scheduler}
 * (the scheduler's also {@code dueAt=<instant> lagMillis=<n>}); {@code event=unpublish|kill article=… slug=… user=… revision=…};
 * {@code event=schedule|unschedule article=… slug=… user=… revision=… publishAt=<instant>}.
 */
@ApplicationScoped
public class EditorialEventLog {

    private static final Logger EVENTS = Logger.getLogger(EventLine.CATEGORY);

    @Inject
    CmsMetrics metrics;
    @Inject
    Clock clock;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditorialEvent event) {
        Instant now = clock.instant();
        EVENTS.info(line(event, now));
        metrics.editorial(event, now);
    }

    static String line(EditorialEvent event, Instant committedAt) {
        EventLine line = EventLine.of(event.kind().name().toLowerCase())
                .with("article", event.article())
                .with("slug", event.slug())
                .with("user", event.user())
                .with("revision", event.revision());
        switch (event.kind()) {
            case PUBLISH -> {
                line.with("via", event.via().name().toLowerCase());
                if (event.dueAt() != null) {
                    line.with("dueAt", event.dueAt())
                            .with("lagMillis", Math.max(0, committedAt.toEpochMilli() - event.dueAt().toEpochMilli()));
                }
            }
            case SCHEDULE, UNSCHEDULE -> line.with("publishAt", event.dueAt());
            default -> { }
        }
        return line.toString();
    }
}
