package org.newsroom.cms.core.domain.article;

import java.util.Optional;
import java.util.UUID;

/** Stores edit locks, one row per article at most. */
public interface EditLockRepository {

    /** The lock row of an article, locked for update so two people cannot take it at once. */
    Optional<EditLock> findForUpdate(UUID articleId);

    Optional<EditLock> find(UUID articleId);

    void add(EditLock lock);

    void remove(EditLock lock);
}
