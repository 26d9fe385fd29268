package org.newsroom.cms.core.domain.preview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores preview links; they are revoked, never deleted, so an article's list keeps its history. */
public interface PreviewLinkRepository {

    void add(PreviewLink link);

    Optional<PreviewLink> find(UUID id);

    /** The link whose token has this hash ({@link PreviewTokens#hash}). */
    Optional<PreviewLink> findByTokenHash(String tokenHash);

    /** An article's links, newest first, active and inactive alike. */
    List<PreviewLink> ofArticle(UUID articleId);
}
