package org.newsroom.cms.core.application;

import java.util.List;
import java.util.UUID;

/**
 * A live article changed in a way readers (and any cache in front of them) must see at once: it was killed,
 * unpublished, corrected or republished. Fired as a CDI event inside the changing transaction, on the node
 * that made the change only; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to
 * act once it has committed (the CDN purge webhook does).
 *
 * @param kind      what happened
 * @param articleId the article
 * @param paths     the site-relative public addresses whose content changed ({@code /articles/slug},
 *                  {@code /feed.atom}…), computed while the article was still public, since a killed
 *                  article's plugin parts (its authors' and tags' pages) cannot be read afterwards
 */
public record PublicChange(Kind kind, UUID articleId, List<String> paths) {

    public PublicChange {
        paths = List.copyOf(paths);
    }

    /** What happened to the live article. */
    public enum Kind {
        KILLED, UNPUBLISHED, CORRECTED, REPUBLISHED
    }
}
