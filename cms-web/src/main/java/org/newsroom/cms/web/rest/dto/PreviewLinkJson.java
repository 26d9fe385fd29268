package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.application.PreviewLinkService;

/**
 * A preview link as {@code GET /api/articles/{id}/preview-links} lists it: never its token or address, which
 * only its creator got, once.
 *
 * @param createdBy the creator's username
 * @param active    whether it opens the preview now (neither expired nor revoked)
 */
public record PreviewLinkJson(UUID id, Instant expiresAt, String createdBy, Instant createdAt, Instant revokedAt,
                              boolean active) {

    public static PreviewLinkJson of(PreviewLinkService.LinkView link) {
        return new PreviewLinkJson(link.id(), link.expiresAt(), link.createdBy(), link.createdAt(), link.revokedAt(),
                link.active());
    }

    /** The list: {@code {"items": [...]}}, newest first. */
    public record Page(List<PreviewLinkJson> items) {
    }

    /**
     * A link just made: {@code url} (absolute; holds the token) is shown this once.
     */
    public record Created(UUID id, String url, Instant expiresAt, String createdBy) {
    }
}
