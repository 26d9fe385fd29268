package org.newsroom.cms.plugins.tagging.text;

import java.util.Locale;

/**
 * A tag proposed for an article, with the reason a person can judge it by. {@code tagId} is set when
 * it is an existing tag (or a Media Topic); otherwise accepting it creates a free tag. {@code reason} is the
 * English text; {@code why} the reason in parts, to write in another language (null for suggestions stored
 * before reasons were kept in parts: then {@code reason} is all there is).
 */
public record Suggestion(String name, Long tagId, String code, String reason, double score, Reason why) {

    public Suggestion(String name, Long tagId, String code, String reason, double score) {
        this(name, tagId, code, reason, score, null);
    }

    /** A suggestion whose English reason is written from its parts. */
    public static Suggestion of(String name, Long tagId, String code, Reason why, double score) {
        return new Suggestion(name, tagId, code, why.text(Locale.ENGLISH), score, why);
    }

    /** The reason in {@code locale}'s language. */
    public String reason(Locale locale) {
        return why == null ? reason : why.text(locale);
    }
}
