package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * The checks a photo must pass before its article is published or scheduled, each switchable in config.
 * Every reason names the photo by its place in the list and says what to fix.
 */
public record PublishRules(boolean requireImage, boolean requireCaption, boolean requireCredit,
                           boolean requireAltText, boolean flagAltEqualsCaption) {

    /** Every check on (the defaults). */
    public static final PublishRules ALL = new PublishRules(true, true, true, true, true);

    /** The reasons these photos (in article order) cannot be published yet; empty if they can. */
    public List<String> reasons(List<Photo> photos) {
        List<String> reasons = new ArrayList<>();
        for (Photo photo : photos) {
            String name = "Photo " + photo.position() + ": ";
            if (requireImage && !photo.hasImage()) {
                reasons.add(name + "upload the image (so far there is only a caption slot)");
            }
            if (requireCaption && blank(photo.caption())) {
                reasons.add(name + "add a caption");
            }
            if (requireCredit && blank(photo.credit())) {
                reasons.add(name + "add a credit line");
            }
            if (requireAltText && blank(photo.altText())) {
                reasons.add(name + "add alt text describing the image for readers who cannot see it");
            }
            if (flagAltEqualsCaption && !blank(photo.altText()) && !blank(photo.caption())
                    && normalise(photo.altText()).equals(normalise(photo.caption()))) {
                reasons.add(name + "the alt text repeats the caption; describe what the image shows instead");
            }
        }
        return reasons;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
    }
}
