package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

/**
 * The JSON bodies of the photo endpoints, checked with {@link Bodies#valid}. Text is stripped before it is
 * checked; a blank value clears a field. Unknown fields are refused by the host's JSON reader (400).
 */
public final class PhotoRequests {

    static final String CONTRIBUTOR_SLUG = "|[a-z0-9]+(?:-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "a contributor slug such as \"budi-santoso\" (lower-case letters, digits and "
            + "hyphens)";

    /** The longest caption, credit, photographer, copyright notice and alt text (the API's and the panel's). */
    public static final int CAPTION_MAX = 2000;
    public static final int CREDIT_MAX = 300;
    public static final int PHOTOGRAPHER_MAX = 200;
    public static final int COPYRIGHT_MAX = 300;
    public static final int ALT_TEXT_MAX = 1000;

    private PhotoRequests() {
    }

    /**
     * {@code PUT photos/{id}} and the text parts of an upload: fields sent are set ({@code null} or blank
     * clears them), fields left out are kept; {@code position} (from 1) moves the photo.
     */
    public record PhotoEdit(
            @JsonDeserialize(using = NullClears.class) @Size(max = CAPTION_MAX, message = "at most " + CAPTION_MAX + " characters") String caption,
            @JsonDeserialize(using = NullClears.class) @Size(max = CREDIT_MAX, message = "at most " + CREDIT_MAX + " characters") String credit,
            @JsonDeserialize(using = NullClears.class) @Size(max = PHOTOGRAPHER_MAX, message = "at most " + PHOTOGRAPHER_MAX + " characters") String photographer,
            @JsonDeserialize(using = NullClears.class) @Size(max = 200, message = "at most 200 characters")
            @Pattern(regexp = CONTRIBUTOR_SLUG, message = SLUG_MESSAGE) String photographerContributor,
            @JsonDeserialize(using = NullClears.class) @Size(max = COPYRIGHT_MAX, message = "at most " + COPYRIGHT_MAX + " characters") String copyright,
            @JsonDeserialize(using = NullClears.class) @Size(max = ALT_TEXT_MAX, message = "at most " + ALT_TEXT_MAX + " characters") String altText,
            @Min(value = 1, message = "give the place in the list as a whole number from 1") Integer position) {

        public PhotoEdit {
            caption = strip(caption);
            credit = strip(credit);
            photographer = strip(photographer);
            photographerContributor = strip(photographerContributor);
            copyright = strip(copyright);
            altText = strip(altText);
        }

        /** The text part: null keeps a field, an empty string clears it. */
        public PhotoText text() {
            return new PhotoText(caption, credit, photographer, photographerContributor, copyright, altText);
        }
    }

    /** {@code POST photos/slots}: a photo without its image yet; fields left out stay empty. */
    public record NewSlot(
            @Size(max = CAPTION_MAX, message = "at most " + CAPTION_MAX + " characters") String caption,
            @Size(max = CREDIT_MAX, message = "at most " + CREDIT_MAX + " characters") String credit,
            @Size(max = PHOTOGRAPHER_MAX, message = "at most " + PHOTOGRAPHER_MAX + " characters") String photographer,
            @Size(max = 200, message = "at most 200 characters")
            @Pattern(regexp = CONTRIBUTOR_SLUG, message = SLUG_MESSAGE) String photographerContributor,
            @Size(max = COPYRIGHT_MAX, message = "at most " + COPYRIGHT_MAX + " characters") String copyright,
            @Size(max = ALT_TEXT_MAX, message = "at most " + ALT_TEXT_MAX + " characters") String altText) {

        public NewSlot {
            caption = strip(caption);
            credit = strip(credit);
            photographer = strip(photographer);
            photographerContributor = strip(photographerContributor);
            copyright = strip(copyright);
            altText = strip(altText);
        }

        PhotoText text() {
            return new PhotoText(caption, credit, photographer, photographerContributor, copyright, altText);
        }
    }

    /**
     * {@code PUT photos/order}: every photo id of the article once, lead first. The ids are checked against
     * the article's photos by the resource, so they are read as plain strings here.
     */
    public record PhotoOrder(List<String> order) {
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
