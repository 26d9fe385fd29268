package org.newsroom.cms.plugins.photocaptions.image;

/**
 * An accepted upload: its real type, displayed size in pixels (EXIF orientation applied), content hash
 * (hex SHA-256, used as ETag) and embedded metadata.
 */
public record InspectedImage(ImageType type, int width, int height, int sizeBytes, String sha256,
                             EmbeddedMetadata metadata) {
}
