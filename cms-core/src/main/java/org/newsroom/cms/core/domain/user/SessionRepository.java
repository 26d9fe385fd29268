package org.newsroom.cms.core.domain.user;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores newsroom UI sessions by the hash of their token. */
public interface SessionRepository {

    Optional<NewsroomSession> find(String tokenHash);

    void add(NewsroomSession session);

    void remove(String tokenHash);

    /** Ends every session of the user; returns how many there were. */
    int removeAllOf(UUID userId);

    /** Ends every session of the user but the one with this token hash; returns how many ended. */
    int removeAllOfExcept(UUID userId, String keptTokenHash);

    /** Forgets sessions unused since {@code idleLimit}. */
    int removeIdle(Instant idleLimit);
}
