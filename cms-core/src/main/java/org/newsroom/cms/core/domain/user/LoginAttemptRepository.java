package org.newsroom.cms.core.domain.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Failed sign-in counts and the sign-in audit trail, shared by every node. */
public interface LoginAttemptRepository {

    /** The counts of those subjects that have any (read without locking). */
    List<LoginAttempts> find(Collection<String> subjects);

    /**
     * The subject's counts, row-locked until the transaction ends (created empty if it had none), so that
     * concurrent failures on any number of nodes are counted one after the other.
     */
    LoginAttempts lockOrCreate(String subject);

    Optional<LoginAttempts> findForUpdate(String subject);

    void remove(LoginAttempts attempts);

    /** Deletes the counts of subjects whose last failure was before {@code before} and that are not locked at {@code now}. */
    int forgetQuiet(Instant before, Instant now);

    void append(LoginAuditEvent event);

    /** The audit trail of one subject, oldest first. */
    List<LoginAuditEvent> auditOf(String subject);
}
