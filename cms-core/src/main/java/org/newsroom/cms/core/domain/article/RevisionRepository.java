package org.newsroom.cms.core.domain.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores revisions (append-only) and the public corrections made with them. */
public interface RevisionRepository {

    void add(Revision revision);

    Optional<Revision> find(UUID articleId, int number);

    /** All revisions of an article, oldest first. */
    List<Revision> list(UUID articleId);

    void add(Correction correction);

    /** Corrections of an article, oldest first. */
    List<Correction> corrections(UUID articleId);
}
