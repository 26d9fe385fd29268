package org.newsroom.cms.plugins.tagging.text;

import java.util.List;
import java.util.Locale;

/**
 * Why a tag is suggested, in parts, so it can be written in the reader's language ({@link #text}): a term
 * (the tag's name, a recurring name or acronym) or a synonym or label of a tag, with where it stands (the
 * headline) and how often the body mentions it; or a topic, with the words of it found in the text.
 *
 * @param term     the word matched (a synonym or label; for a term, the suggestion's own name)
 * @param mentions how often the body mentions it (the headline not counted)
 * @param cues     for a topic: its words found, with counts ("militer ×4")
 */
public record Reason(Kind kind, String term, boolean inHeadline, int mentions, List<String> cues) {

    /** What kind of evidence. */
    public enum Kind {
        /** the suggestion's own name occurs: an existing tag, a recurring proper name or an acronym */
        TERM,
        /** a synonym or label of an existing tag occurs */
        SYNONYM,
        /** words that point to a Media Topic occur */
        TOPIC
    }

    public Reason {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** E.g. "in the headline, and mentioned 9 times in the body" / "ada di judul, dan disebut 9 kali dalam isi berita". */
    public String text(Locale locale) {
        if (kind == Kind.TOPIC) {
            return Messages.text(locale, "suggestion.topic", String.join(", ", cues));
        }
        String key = "suggestion." + (kind == Kind.SYNONYM ? "synonym" : "term")
                + (inHeadline ? (mentions == 0 ? ".headlineOnly" : ".headline") : "");
        return Messages.text(locale, key, Messages.text(locale, "suggestion.times", mentions), term);
    }
}
