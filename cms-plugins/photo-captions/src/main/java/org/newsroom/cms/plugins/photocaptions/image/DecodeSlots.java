package org.newsroom.cms.plugins.photocaptions.image;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.newsroom.cms.plugin.api.PluginException;

/**
 * Bounds how many images are decoded at once (upload checks and renditions alike): a near-limit photo takes
 * hundreds of megabytes while it is decoded, so a burst of them must queue rather than exhaust the heap. A
 * caller that cannot get a slot within {@link #WAIT_SECONDS} gets a 503 with {@code Retry-After}.
 */
public final class DecodeSlots {

    /** At most this many decodes at a time; {@code -Dcms.images.decodes=N} changes it. */
    static final int SLOTS = Integer.getInteger("cms.images.decodes", 2);
    static final int WAIT_SECONDS = 20;
    private static final Semaphore FREE = new Semaphore(SLOTS, true);

    private DecodeSlots() {
    }

    /** Runs the decode in a slot, waiting for one if needed. */
    public static <T> T decode(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = FREE.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw PluginException.of(503, "busy", "Busy processing images",
                    "Too many photos are being processed right now; nothing was stored. Try again in a few seconds.")
                    .with("retryAfter", 5);
        }
        try {
            return work.get();
        } finally {
            FREE.release();
        }
    }
}
