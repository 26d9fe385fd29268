package org.newsroom.cms.web.health;

import java.lang.management.ManagementFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.newsroom.cms.web.startup.ScheduledPublisher;

/**
 * Alive unless something only a restart mends has happened: threads deadlocked on each other's locks, or the
 * scheduled publisher's loop has died (scheduled articles would never go out). A database outage is
 * not one: that is readiness' business, and restarting would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class CmsLiveness implements HealthCheck {

    static final String NAME = "cms";

    @Inject
    ScheduledPublisher scheduler;

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        boolean schedulerRunning = scheduler.running();
        return HealthCheckResponse.named(NAME)
                .status(deadlocked == null && schedulerRunning)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
                .withData("schedulerRunning", schedulerRunning)
                .build();
    }
}
