package org.newsroom.cms.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.newsroom.cms.core.application.CdnSettings;
import org.newsroom.cms.core.infrastructure.changes.ChangeChannel;
import org.newsroom.cms.core.infrastructure.changes.PublicContentChanges;
import org.newsroom.cms.core.plugin.PluginRegistry;

/**
 * This node's pre-rendered public responses ({@link PublicReadFilter}), bounded by {@code CMS_PUBLIC_CACHE_MB}
 * weighed in bytes. Entries are dropped through the change channel, here at commit and on the other nodes when
 * the {@code NOTIFY} arrives: {@code public-cache:<slug>} drops that article's representations,
 * {@code public-cache:*} and any plugin state change (enable, disable, configure) drop everything, as does a
 * reconnect of the channel (what was missed is unknown). A response rendered while a change committed is not
 * kept ({@link #generation}).
 */
@ApplicationScoped
public class PublicReadCache {

    private static final Logger LOG = Logger.getLogger(PublicReadCache.class.getName());

    @Inject
    CdnSettings settings;
    @Inject
    ChangeChannel changes;

    /** A backstop: whatever a change forgot to announce is rendered again after this long. */
    static final Duration LONGEST_KEPT = Duration.ofMinutes(10);
    /**
     * How long a list is kept at most: every announced change drops all lists at once, but an embargo that
     * lifts changes them without any write, so a story may join its lists up to this late (never early).
     */
    static final Duration LIST_KEPT = Duration.ofSeconds(10);
    /** The share of the budget lists may take. */
    private static final int LIST_SHARE = 4;

    @Inject
    Clock clock;

    private final AtomicLong generation = new AtomicLong();
    private volatile Instant lastChange;
    private Cache<ReadCacheKey, CachedResponse> cache;
    private Cache<ReadCacheKey, CachedResponse> lists;

    @PostConstruct
    void start() {
        lastChange = clock.instant(); // what changed before this node started is not known
        long budget = settings.publicCacheMegabytes() * 1024L * 1024L;
        cache = budget == 0 ? null : build(budget - budget / LIST_SHARE, LONGEST_KEPT);
        lists = budget == 0 ? null : build(budget / LIST_SHARE, LIST_KEPT);
        changes.subscribe(PublicContentChanges.TOPIC, this::evict);
        changes.subscribe(PluginRegistry.TOPIC, plugin -> evict(ChangeChannel.ANY));
        LOG.fine(() -> "public read cache: " + settings.publicCacheMegabytes() + " MiB");
    }

    private static Cache<ReadCacheKey, CachedResponse> build(long weight, Duration kept) {
        return Caffeine.newBuilder()
                .maximumWeight(weight)
                .expireAfterWrite(kept)
                .weigher((ReadCacheKey k, CachedResponse v) -> v.weight())
                .build();
    }

    private Cache<ReadCacheKey, CachedResponse> of(ReadCacheKey key) {
        return key.kind() == ReadCacheKey.Kind.LIST ? lists : cache;
    }

    boolean enabled() {
        return cache != null;
    }

    CachedResponse get(ReadCacheKey key) {
        return cache == null ? null : of(key).getIfPresent(key);
    }

    /** Taken before rendering; {@link #put} keeps the response only if no eviction happened since. */
    long generation() {
        return generation.get();
    }

    void put(ReadCacheKey key, CachedResponse response, long renderedAt) {
        if (cache == null) {
            return;
        }
        Cache<ReadCacheKey, CachedResponse> kept = of(key);
        kept.put(key, response);
        if (generation.get() != renderedAt) { // a change committed while it rendered: it may be the old state
            kept.invalidate(key);
        }
    }

    /**
     * Drops every representation of the article at {@code slug}, or everything for {@link ChangeChannel#ANY};
     * and every list either way (the article may be in any of them, or have just left).
     */
    void evict(String slug) {
        generation.incrementAndGet();
        lastChange = clock.instant();
        if (cache == null) {
            return;
        }
        lists.invalidateAll();
        if (ChangeChannel.ANY.equals(slug)) {
            cache.invalidateAll();
        } else {
            cache.asMap().keySet().removeIf(k -> k.slug().equals(slug));
        }
    }

    /**
     * When this node last heard of a change to anything public (any article, plugin data, a plugin's state):
     * a page's Last-Modified is never older, because a route's own time (an article's last publication, a
     * list's newest story) misses changes such as a tag added or a story killed off a list, and a client asking
     * only If-Modified-Since must not get a 304 for them.
     */
    Instant lastChange() {
        return lastChange;
    }
}
