package org.newsroom.cms.plugins.photocaptions.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One photo of an article, possibly still a slot without an image. {@code position} is its place in the
 * article's list, from 1 (the lead photo).
 */
public record Photo(UUID id, UUID articleId, int position, String caption, String credit, String photographer,
                    String photographerContributor, String copyright, String altText, String imageKey,
                    String mediaType, Integer sizeBytes, String sha256, Integer width, Integer height,
                    Instant capturedAt) {

    public boolean hasImage() {
        return imageKey != null;
    }

    public boolean lead() {
        return position == 1;
    }

    /** The same photo at another place in the list. */
    public Photo at(int newPosition) {
        return new Photo(id, articleId, newPosition, caption, credit, photographer, photographerContributor,
                copyright, altText, imageKey, mediaType, sizeBytes, sha256, width, height, capturedAt);
    }
}
