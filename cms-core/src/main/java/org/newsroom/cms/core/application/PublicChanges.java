package org.newsroom.cms.core.application;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;

/**
 * Works out which public addresses show a live article, and announces a {@link PublicChange} of them. The
 * workflow asks for the addresses before a change takes the article down (afterwards its plugin parts are
 * gone) and, for a correction or republication, after it as well (a tag may have been added).
 */
@ApplicationScoped
class PublicChanges {

    @Inject
    PublishedArticleService published;
    @Inject
    DeliveryService delivery;
    @Inject
    Event<PublicChange> events;

    /** Every public address that shows the article as readers see it now; empty when they do not see it. */
    Set<String> addressesOf(Article article, PublicChange.Kind kind) {
        if (!article.isLive()) { // a draft being killed was never public: nothing to ask the database
            return Set.of();
        }
        return published.bySlug(article.getSlug())
                .map(live -> PublicAddresses.of(live, delivery.publicParts(live), kind))
                .orElse(Set.of());
    }

    /** Fires the change (observers that wait for the commit run only if it commits); nothing when empty. */
    void announce(PublicChange.Kind kind, Article article, Set<String> before, Set<String> after) {
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(after);
        if (!all.isEmpty()) {
            events.fire(new PublicChange(kind, article.getId(), java.util.List.copyOf(all)));
        }
    }
}
