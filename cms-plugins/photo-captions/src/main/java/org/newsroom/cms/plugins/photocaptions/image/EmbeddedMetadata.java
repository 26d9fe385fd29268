package org.newsroom.cms.plugins.photocaptions.image;

import java.time.Instant;

/**
 * What a photo says about itself in its IPTC, XMP and EXIF blocks; any field may be null.
 *
 * @param caption      XMP dc:description, else IPTC Caption/Abstract, else EXIF ImageDescription
 * @param photographer XMP dc:creator, else IPTC By-line, else EXIF Artist
 * @param credit       XMP photoshop:Credit, else IPTC Credit
 * @param copyright    XMP dc:rights, else IPTC Copyright Notice, else EXIF Copyright
 * @param altText      XMP Iptc4xmpCore:AltTextAccessibility
 * @param capturedAt   EXIF DateTimeOriginal, else XMP photoshop:DateCreated, else IPTC Date Created
 * @param orientation  EXIF orientation (1 = upright, 6 = turn 90° clockwise…)
 */
public record EmbeddedMetadata(String caption, String photographer, String credit, String copyright,
                               String altText, Instant capturedAt, int orientation) {

    /** No metadata at all. */
    public static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, null, null, null, null, null, 1);

    /** Whether the image is stored turned by 90° (EXIF orientations 5–8), so width and height swap. */
    public boolean quarterTurned() {
        return orientation >= 5 && orientation <= 8;
    }
}
