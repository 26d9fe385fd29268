package org.newsroom.cms.web.startup;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.SchedulingService;

/**
 * Every few seconds ({@code CMS_SCHEDULER_INTERVAL_SECONDS}, default 2) publishes what is due. Every node
 * runs it; the claim in {@link SchedulingService#publishDue} makes each publication happen once. The
 * first run comes right after deployment, so a node that was down catches up at once.
 * <p>
 * It is a loop on one managed thread, not a task of the managed scheduled executor: WildFly refuses such
 * tasks while the server is suspended and logs an error (WFLYEE0110) at every tick, for the whole drain
 * before a stop. The loop goes on while suspended (a claim is one short transaction, and the other nodes
 * would publish the same articles anyway) and ends when the application stops, after its current run.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());
    static final int BATCH = 50;
    private static final long STOP_WAIT_MILLIS = 10_000;

    @Resource
    ManagedThreadFactory threads;
    @Inject
    SchedulingService scheduling;

    private final Object pause = new Object();
    private volatile Thread loop;
    private volatile boolean stopping;

    void start() {
        String configured = System.getenv("CMS_SCHEDULER_INTERVAL_SECONDS");
        long interval = configured == null || configured.isBlank() ? 2 : Long.parseLong(configured.strip());
        Thread thread = threads.newThread(() -> run(TimeUnit.SECONDS.toMillis(interval)));
        thread.setName("cms-scheduled-publisher");
        thread.setDaemon(true);
        loop = thread;
        thread.start();
        LOG.info(() -> "Scheduled publishing checks every " + interval + " s");
    }

    private void run(long intervalMillis) {
        while (!stopping) {
            publishDue();
            synchronized (pause) {
                try {
                    if (!stopping) {
                        pause.wait(intervalMillis); // stop() wakes it; a run is never interrupted
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
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
            } while (published == BATCH && !stopping);
        } catch (RuntimeException e) {
            // never let one failure end the loop; the next run tries again
            LOG.log(Level.WARNING, "Scheduled publishing failed; retrying on the next run", e);
        }
    }

    /**
     * False once the loop has ended (it only ends by an {@link Error}, since every run catches what it throws,
     * or when the application stops); true before it is started.
     */
    public boolean running() {
        Thread current = loop;
        return current == null || current.isAlive();
    }

    @PreDestroy
    void stop() {
        synchronized (pause) {
            stopping = true;
            pause.notifyAll();
        }
        Thread current = loop;
        if (current != null) {
            try {
                current.join(STOP_WAIT_MILLIS); // a run in progress finishes before the datasource goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
