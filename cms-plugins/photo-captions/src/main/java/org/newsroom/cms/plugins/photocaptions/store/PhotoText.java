package org.newsroom.cms.plugins.photocaptions.store;

/**
 * The text fields of a photo, named as in the JSON. In an edit ({@link PhotoStore#updateText}) a null field
 * is left as it is and an empty string clears it; for a new photo both mean "none".
 */
public record PhotoText(String caption, String credit, String photographer, String photographerContributor,
                        String copyright, String altText) {

    /** No text at all: an edit that changes nothing, a photo without text. */
    public static final PhotoText NONE = new PhotoText(null, null, null, null, null, null);

    /** A caption slot's text, e.g. as found in wire copy. */
    public static PhotoText slot(String caption, String credit) {
        return new PhotoText(caption, credit, null, null, null, null);
    }
}
