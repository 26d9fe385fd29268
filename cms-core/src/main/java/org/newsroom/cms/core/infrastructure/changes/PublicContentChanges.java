package org.newsroom.cms.core.infrastructure.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * Announces, inside the changing transaction, that what readers get at a live article's addresses changed, so
 * every node's pre-rendered copy of them (cms-web's read cache) is dropped at commit: here at once, on the other
 * nodes when PostgreSQL delivers the {@code NOTIFY} ({@code public-cache:<slug>}, {@code public-cache:*}).
 * Called on every publication (first, correction, republication, the scheduler's), on unpublish and kill, and
 * when a plugin says an article's data changed. Plugin state changes travel on their own topic, which the
 * cache observes as well.
 */
@ApplicationScoped
@Transactional // joins the change's transaction; a write made outside one is announced in one of its own
public class PublicContentChanges {

    /** The change-channel topic; the key is an article's slug, or {@link ChangeChannel#ANY}. */
    public static final String TOPIC = "public-cache";

    @Inject
    ChangeChannel changes;

    /** The article at {@code slug} reads differently now (or no longer reads at all). */
    public void articleChanged(String slug) {
        if (slug != null && !slug.isBlank()) {
            changes.publish(TOPIC, slug);
        }
    }

    /** Anything public may read differently now (a change that touches many articles at once). */
    public void everythingChanged() {
        changes.publish(TOPIC, ChangeChannel.ANY);
    }
}
