package org.newsroom.cms.core.domain.wire;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Remembers which wire copy (by content hash) became which article, so the same text is imported once. */
public interface WireImportRepository {

    /** The article made from text with this SHA-256 (hex), if it was imported before. */
    Optional<UUID> articleFor(String contentHash);

    /** Records an import; {@code fileName} is cut to what the table holds. */
    void record(String contentHash, UUID articleId, String fileName, String charset, UUID importerId, Instant at);
}
