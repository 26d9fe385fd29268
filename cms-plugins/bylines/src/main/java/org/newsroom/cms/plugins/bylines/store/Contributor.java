package org.newsroom.cms.plugins.bylines.store;

import java.time.Instant;

/**
 * A person who can appear in bylines. {@code username} links a newsroom account (null for guests);
 * {@code needsConfirmation} marks guests created from wire copy; {@code mergedInto} the slug of the record
 * this duplicate was merged into (null while active).
 */
public record Contributor(long id, String slug, String displayName, String bio, String username, boolean guest,
                          String affiliation, boolean needsConfirmation, String mergedInto, Instant createdAt,
                          Instant updatedAt) {

    /** Whether the record is still in use (not merged into another). */
    public boolean active() {
        return mergedInto == null;
    }
}
