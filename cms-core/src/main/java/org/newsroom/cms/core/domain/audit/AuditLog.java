package org.newsroom.cms.core.domain.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends to and reads the audit trail (articles, users, plugins) and articles' comments. Nothing is ever
 * rewritten.
 */
public interface AuditLog {

    void append(AuditEvent event);

    /** An article's trail, oldest first. */
    List<AuditEvent> eventsOf(UUID articleId);

    /** The events a query selects, in its order. */
    List<AuditEvent> search(AuditQuery query);

    /** The headlines of these articles (for lists of events), by id; unknown ids are left out. */
    Map<UUID, String> headlines(Collection<UUID> articleIds);

    void append(EditorialComment comment);

    List<EditorialComment> commentsOn(UUID articleId);
}
