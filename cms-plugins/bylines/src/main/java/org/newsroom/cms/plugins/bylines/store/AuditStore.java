package org.newsroom.cms.plugins.bylines.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.AuditTrail;
import org.newsroom.cms.plugin.api.PluginContext;

/**
 * Who created, edited or merged which contributor, when: kept in the host's one audit trail (through
 * {@link AuditTrail}, so admins see it next to every other event), with the contributor's slug as subject and
 * the old free-text description as the {@code detail}. The plugin's own table of earlier versions was moved
 * there by migration V2.
 */
public final class AuditStore {

    /** One audit entry; {@code detail} says what changed (for a merge: from, into and the byline counts). */
    public record Entry(long id, String action, String actor, Instant at, String contributor, String detail) {
    }

    private final PluginContext context;

    /** Asks the context for the trail on each use, so a context without one fails only when it is needed. */
    public AuditStore(PluginContext context) {
        this.context = context;
    }

    /** Records an entry, by the request's caller (or "system"), in the current transaction. */
    public void record(String action, String contributor, String detail) {
        context.audit().record(action, contributor, Map.of("detail", detail));
    }

    /** The entries about a contributor (or all when null), oldest first, at most {@code limit}. */
    public List<Entry> list(String contributor, int limit) {
        return context.audit().events(contributor, limit).stream().map(e -> new Entry(e.id(), e.type(), e.actor(), e.at(),
                e.subject(), String.valueOf(e.details().getOrDefault("detail", "")))).toList();
    }
}
