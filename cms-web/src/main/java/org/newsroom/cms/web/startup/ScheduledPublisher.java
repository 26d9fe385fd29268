package org.newsroom.cms.web.startup;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.SchedulingService;

/**
 * Every few seconds ({@code CMS_SCHEDULER_INTERVAL_SECONDS}, default 2) publishes what is due. Every node
 * runs it; the claim in {@link SchedulingService#publishDue} makes each publication happen once. The
 * first run comes right after deployment, so a node that was down catches up at once.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());
    static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    SchedulingService scheduling;

    private volatile ScheduledFuture<?> task;

    void start() {
        String configured = System.getenv("CMS_SCHEDULER_INTERVAL_SECONDS");
        long interval = configured == null || configured.isBlank() ? 2 : Long.parseLong(configured.strip());
        task = executor.scheduleWithFixedDelay(this::publishDue, 0, interval, TimeUnit.SECONDS);
        LOG.info(() -> "Scheduled publishing checks every " + interval + " s");
    }

    void publishDue() {
        try {
            int published;
            do {
                published = scheduling.publishDue(BATCH);
                if (published > 0) {
                    int n = published;
                    LOG.info(() -> "Published " + n + " scheduled article(s)");
                }
            } while (published == BATCH);
        } catch (RuntimeException e) {
            // never let one failure end the periodic task; the next run tries again
            LOG.log(Level.WARNING, "Scheduled publishing failed; retrying on the next run", e);
        }
    }

    /**
     * False once the periodic task has ended (it only ends by an {@link Error}, since every run catches what it
     * throws, or when the application stops); true before it is started.
     */
    public boolean running() {
        ScheduledFuture<?> current = task;
        return current == null || !current.isDone();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
