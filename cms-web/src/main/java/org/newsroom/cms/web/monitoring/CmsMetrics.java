package org.newsroom.cms.web.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.newsroom.cms.core.application.EditorialEvent;

/**
 * The CMS's own meters, registered once in the registry WildFly's {@code micrometer} layer gives the deployment
 * (which tags each with {@code WF_DEPLOYMENT}, the WAR's name) and exported by its Prometheus registry. Every
 * meter is made here at start-up with its fixed tags, so counting a request is an array lookup and a timer
 * update: no tag lists, no lookups by name.
 * <p>
 * Only the registry's {@code counter}, {@code timer} and {@code gauge} methods are used: WildFly's deployment
 * registry exports what they make, while meters made with a builder's {@code register} (descriptions, histogram
 * buckets) stay in a local registry nobody scrapes (and WildFly warns {@code WFLYMMTREXT0015}).
 */
@ApplicationScoped
public class CmsMetrics {

    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};
    private static final String LAG = "cms.scheduler.lag.seconds";
    private static final String[] NAMES = {"cms.http.requests", "cms.public.read.cache.requests", "cms.publishes",
            "cms.unpublishes", "cms.kills", "cms.schedules", "cms.unschedules", LAG};

    @Inject
    MeterRegistry registry;

    private Timer[][] requests;
    private Counter cacheHits;
    private Counter cacheMisses;
    private final Map<EditorialEvent.Via, Counter> publishes = new EnumMap<>(EditorialEvent.Via.class);
    private final Map<EditorialEvent.Kind, Counter> otherEvents = new EnumMap<>(EditorialEvent.Kind.class);
    /** The last scheduled publication's lag in milliseconds; negative until there was one. */
    private final AtomicLong schedulerLagMillis = new AtomicLong(-1);

    @PostConstruct
    void register() {
        EndpointGroup[] groups = EndpointGroup.values();
        requests = new Timer[groups.length][STATUS_CLASSES.length];
        for (EndpointGroup group : groups) {
            for (int s = 0; s < STATUS_CLASSES.length; s++) {
                requests[group.ordinal()][s] = registry.timer("cms.http.requests",
                        Tags.of("group", group.label(), "status", STATUS_CLASSES[s]));
            }
        }
        cacheHits = registry.counter("cms.public.read.cache.requests", Tags.of("result", "hit"));
        cacheMisses = registry.counter("cms.public.read.cache.requests", Tags.of("result", "miss"));
        for (EditorialEvent.Via via : EditorialEvent.Via.values()) {
            publishes.put(via, registry.counter("cms.publishes", Tags.of("via", via.name().toLowerCase())));
        }
        otherEvents.put(EditorialEvent.Kind.UNPUBLISH, registry.counter("cms.unpublishes", Tags.empty()));
        otherEvents.put(EditorialEvent.Kind.KILL, registry.counter("cms.kills", Tags.empty()));
        otherEvents.put(EditorialEvent.Kind.SCHEDULE, registry.counter("cms.schedules", Tags.empty()));
        otherEvents.put(EditorialEvent.Kind.UNSCHEDULE, registry.counter("cms.unschedules", Tags.empty()));
        // WildFly keeps a deployment's meters after it is undeployed, and a gauge registered again under the same
        // name keeps reading the old deployment's value: drop any such one first. The registry keeps a weak
        // reference to the value; this bean, which lives as long as the application, keeps the strong one.
        registry.find(LAG).meters().forEach(registry::remove);
        registry.gauge(LAG, Tags.empty(), schedulerLagMillis, lag -> lag.get() < 0 ? Double.NaN : lag.get() / 1000.0);
    }

    /** At undeployment: this deployment's meters go, so a redeployed CMS starts its series afresh. */
    @PreDestroy
    void unregister() {
        for (String name : NAMES) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }

    /** One answered request: {@code status} as sent, {@code nanos} from the first filter to the last byte handed over. */
    public void request(EndpointGroup group, int status, long nanos) {
        int s = status / 100 - 1;
        requests[group.ordinal()][s < 0 || s > 4 ? 4 : s].record(nanos, TimeUnit.NANOSECONDS);
    }

    public void cacheHit() {
        cacheHits.increment();
    }

    public void cacheMiss() {
        cacheMisses.increment();
    }

    /** A committed editorial event; a scheduled publication also sets the scheduler lag. */
    public void editorial(EditorialEvent event, Instant committedAt) {
        if (event.kind() == EditorialEvent.Kind.PUBLISH) {
            publishes.get(event.via()).increment();
            if (event.via() == EditorialEvent.Via.SCHEDULER && event.dueAt() != null) {
                schedulerLagMillis.set(Math.max(0, Duration.between(event.dueAt(), committedAt).toMillis()));
            }
        } else {
            otherEvents.get(event.kind()).increment();
        }
    }
}
