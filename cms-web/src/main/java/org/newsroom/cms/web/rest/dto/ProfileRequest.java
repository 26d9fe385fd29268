package org.newsroom.cms.web.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/me}: what the signed-in user changes on their own account; fields left out stay. */
@Schema(description = "Fields left out (or null) stay as they are. A new password needs the current one.")
public record ProfileRequest(
        @Schema(description = "What readers and colleagues see, 1–200 characters", example = "Hermansyah")
        String displayName,
        @Schema(description = "The newsroom UI's language: \"en\" or \"id\"; \"\" forgets the choice (the browser's "
                + "language decides)", example = "id")
        String language,
        @Schema(description = "Required with newPassword") String currentPassword,
        @Schema(description = "10–200 characters; other sessions end") String newPassword) {
}
