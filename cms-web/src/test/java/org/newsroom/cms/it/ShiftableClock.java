package org.newsroom.cms.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

/**
 * Added only to the in-container test deployment: replaces the application's clock (a selected CDI
 * alternative) with one the test can move forward, so "at the due time, not before" is tested without
 * waiting. Time only ever moves forward, like real time.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ShiftableClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    };

    /** A producer of a selected alternative bean is itself selected: it replaces the application's clock. */
    @Produces
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }
}
