package org.newsroom.cms.web.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.cms.core.infrastructure.html.Embed;

/** An embeddable post or video: what a body stores for it ({@code figure}) and the post's own address. */
public record EmbedJson(
        @Schema(description = "youtube, x, instagram or tiktok") String provider,
        @Schema(description = "the post's id (X and TikTok: handle/number)") String id,
        @Schema(description = "the post's canonical address") String url,
        @Schema(description = "the body markup to insert, exactly what the sanitiser keeps") String figure) {

    public static EmbedJson of(Embed e) {
        return new EmbedJson(e.provider().key(), e.id(), e.canonicalUrl(), e.figure());
    }
}
