package org.newsroom.cms.core.domain.audit;

import java.util.List;
import java.util.UUID;

/** Appends to and reads an article's audit trail and comments, oldest first. Nothing is ever rewritten. */
public interface AuditLog {

    void append(AuditEvent event);

    List<AuditEvent> eventsOf(UUID articleId);

    void append(EditorialComment comment);

    List<EditorialComment> commentsOn(UUID articleId);
}
