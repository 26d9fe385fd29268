package org.newsroom.cms.web.cache;

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

    private final AtomicLong generation = new AtomicLong();
    private Cache<ReadCacheKey, CachedResponse> cache;

    @PostConstruct
    void start() {
        long budget = settings.publicCacheMegabytes() * 1024L * 1024L;
        cache = budget == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(budget)
                .weigher((ReadCacheKey k, CachedResponse v) -> v.weight())
                .build();
        changes.subscribe(PublicContentChanges.TOPIC, this::evict);
        changes.subscribe(PluginRegistry.TOPIC, plugin -> evict(ChangeChannel.ANY));
        LOG.fine(() -> "public read cache: " + settings.publicCacheMegabytes() + " MiB");
    }

    boolean enabled() {
        return cache != null;
    }

    CachedResponse get(ReadCacheKey key) {
        return cache == null ? null : cache.getIfPresent(key);
    }

    /** Taken before rendering; {@link #put} keeps the response only if no eviction happened since. */
    long generation() {
        return generation.get();
    }

    void put(ReadCacheKey key, CachedResponse response, long renderedAt) {
        if (cache == null) {
            return;
        }
        cache.put(key, response);
        if (generation.get() != renderedAt) { // a change committed while it rendered: it may be the old state
            cache.invalidate(key);
        }
    }

    /** Drops every representation of the article at {@code slug}, or everything for {@link ChangeChannel#ANY}. */
    void evict(String slug) {
        generation.incrementAndGet();
        if (cache == null) {
            return;
        }
        if (ChangeChannel.ANY.equals(slug)) {
            cache.invalidateAll();
        } else {
            cache.asMap().keySet().removeIf(k -> k.slug().equals(slug));
        }
    }

    /** Entries held now (the tests poll it through the X-Cache header instead). */
    long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }
}
