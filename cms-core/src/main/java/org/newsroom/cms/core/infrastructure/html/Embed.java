package org.newsroom.cms.core.infrastructure.html;

import java.util.Objects;

/**
 * One embedded post or video as an article body stores it: an allowlisted provider and the post's id, which
 * has that provider's strict shape (checked here, so an {@code Embed} is always safe to write into HTML).
 */
public record Embed(EmbedProvider provider, String id) {

    public Embed {
        Objects.requireNonNull(provider, "provider");
        if (!provider.isValidId(id)) {
            throw new IllegalArgumentException("Not a " + provider.displayName() + " id: " + id);
        }
    }

    /** The post's own address. */
    public String canonicalUrl() {
        return provider.canonicalUrl(id);
    }

    /** The stored form, exactly what the body sanitiser keeps. */
    public String figure() {
        return "<figure data-embed=\"" + provider.key() + "\" data-id=\"" + id + "\"></figure>";
    }
}
