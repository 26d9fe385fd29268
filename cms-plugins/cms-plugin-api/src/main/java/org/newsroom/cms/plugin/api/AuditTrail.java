package org.newsroom.cms.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The host's one audit trail, as a plugin writes to and reads from it ({@link PluginContext#audit()}). A plugin
 * keeps no audit table of its own: what it records here sits next to article, user and plugin-admin events,
 * so an admin finds everything in one place ({@code GET /api/admin/audit}, {@code /newsroom/admin/audit}).
 * <p>
 * Lifecycle: valid as long as the context. {@link #record} joins the transaction the host began for the
 * current endpoint or hook (so the event commits, or rolls back, with the change it describes); outside one
 * it runs in a transaction of its own. The trail is append-only: nothing recorded is ever changed.
 */
public interface AuditTrail {

    /**
     * Records an event done by the request's caller (or by {@code "system"} when there is none, e.g. in a
     * scheduler hook), now on the CMS clock.
     *
     * @param type    what happened, upper case with digits and underscores, at most 40 characters
     *                (e.g. {@code "MERGED"}); admins filter by it
     * @param subject what it happened to, in the plugin's own words, at most 200 characters (e.g. a
     *                contributor's slug)
     * @param details what changed, as JSON-friendly values (strings, numbers, booleans, lists, maps, nulls); may
     *                be empty. Never put a secret here: admins read it
     * @throws IllegalArgumentException for a malformed type or a missing or too long subject
     */
    void record(String type, String subject, Map<String, ?> details);

    /**
     * The events this plugin recorded, oldest first.
     *
     * @param subject only the events about it; all when null
     * @param limit   at most this many (1–1000)
     */
    List<Event> events(String subject, int limit);

    /**
     * One recorded event.
     *
     * @param actor   the username who did it, or {@code "system"}
     * @param details as recorded (numbers read back as {@code Long} or {@code Double})
     */
    record Event(long id, Instant at, String actor, String type, String subject, Map<String, Object> details) {

        public Event {
            details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(details));
        }
    }
}
