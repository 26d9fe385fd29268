package org.newsroom.cms.web.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The editor's "Share preview" panel: the form that makes a link (how many hours), the link just made (its
 * address is shown this once), the article's active links with their expiry and, where the user may, Revoke.
 *
 * @param mayShare   false for a killed article (its links stop working, and no new one is made)
 * @param createdUrl the absolute address of the link just made, or null
 * @param hours      the hours field as typed (kept when refused)
 * @param error      why the form was refused, or null
 * @param notice     a message key after a change ({@code share.revoked}), or null
 */
public record ShareView(UUID articleId, boolean mayShare, List<Link> links, String createdUrl, Instant createdExpires,
                        String hours, String error, String notice) {

    /** An active link as the panel lists it. */
    public record Link(UUID id, String createdBy, Instant expiresAt, boolean mayRevoke) {
    }
}
