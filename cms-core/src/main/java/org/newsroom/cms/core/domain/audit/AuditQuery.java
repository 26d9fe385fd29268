package org.newsroom.cms.core.domain.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which events of the trail to read: every condition given narrows the result; null (or empty) means any.
 *
 * @param actorIds     events by one of these accounts; {@code systemActor} adds events without an actor
 * @param systemActor  include events without an actor ("system")
 * @param subjectTypes events about these kinds of subject
 * @param types        events of these types (core {@link AuditEvent.Action} names or plugins' own types); an
 *                     event matches when its subject type or its type is asked for, if either set is given
 * @param subject      events about this subject (an article id, a username, a plugin id or a plugin's subject)
 * @param pluginId     events this plugin recorded itself
 * @param from         at or after
 * @param to           before
 * @param afterId      the keyset position: the id of the last event of the previous page
 * @param newestFirst  order by id descending (the admin view) or ascending (a subject's history)
 * @param limit        at most this many
 */
public record AuditQuery(Set<UUID> actorIds, boolean systemActor, Set<AuditEvent.SubjectType> subjectTypes,
                         Set<String> types, String subject, String pluginId, Instant from, Instant to, Long afterId,
                         boolean newestFirst, int limit) {

    public AuditQuery {
        actorIds = actorIds == null ? null : Set.copyOf(actorIds);
        subjectTypes = subjectTypes == null ? Set.of() : Set.copyOf(subjectTypes);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** Everything, newest first. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, false, null, null, null, null, null, null, null, true, limit);
    }
}
