package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * The checks a photo must pass before its article is published or scheduled, each switchable in config.
 * Every reason names the photo by its place in the list and says what to fix. The checks give {@link Veto}s,
 * so the validator can say them in English (the API's language for vetoes) and the newsroom panel in the UI's.
 */
public record PublishRules(boolean requireImage, boolean requireCaption, boolean requireCredit,
                           boolean requireAltText, boolean flagAltEqualsCaption) {

    /** Every check on (the defaults). */
    public static final PublishRules ALL = new PublishRules(true, true, true, true, true);

    /** What a photo still lacks. */
    public enum Rule {
        IMAGE("upload the image (so far there is only a caption slot)"),
        CAPTION("add a caption"),
        CREDIT("add a credit line"),
        ALT_TEXT("add alt text describing the image for readers who cannot see it"),
        ALT_REPEATS_CAPTION("the alt text repeats the caption; describe what the image shows instead");

        private final String english;

        Rule(String english) {
            this.english = english;
        }
    }

    /** One broken check: the photo's place in the list (from 1) and the rule. */
    public record Veto(int position, Rule rule) {

        /** The reason in English, e.g. "Photo 2: add a credit line". */
        public String reason() {
            return "Photo " + position + ": " + rule.english;
        }
    }

    /** The reasons these photos (in article order) cannot be published yet; empty if they can. */
    public List<String> reasons(List<Photo> photos) {
        return vetoes(photos).stream().map(Veto::reason).toList();
    }

    /** The broken checks of these photos (in article order), photo by photo; empty if they can be published. */
    public List<Veto> vetoes(List<Photo> photos) {
        List<Veto> vetoes = new ArrayList<>();
        for (Photo photo : photos) {
            for (Rule rule : broken(photo)) {
                vetoes.add(new Veto(photo.position(), rule));
            }
        }
        return vetoes;
    }

    /** The rules this one photo breaks, in the order they are reported. */
    public List<Rule> broken(Photo photo) {
        List<Rule> broken = new ArrayList<>();
        if (requireImage && !photo.hasImage()) {
            broken.add(Rule.IMAGE);
        }
        if (requireCaption && blank(photo.caption())) {
            broken.add(Rule.CAPTION);
        }
        if (requireCredit && blank(photo.credit())) {
            broken.add(Rule.CREDIT);
        }
        if (requireAltText && blank(photo.altText())) {
            broken.add(Rule.ALT_TEXT);
        }
        if (flagAltEqualsCaption && !blank(photo.altText()) && !blank(photo.caption())
                && normalise(photo.altText()).equals(normalise(photo.caption()))) {
            broken.add(Rule.ALT_REPEATS_CAPTION);
        }
        return broken;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
    }
}
