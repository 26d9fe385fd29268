package org.newsroom.cms.plugins.tagging.store;

/**
 * One answer of the tag search: the tag (with its label in the language asked), which of its names the
 * query matched and that name as written, so a picker can show "politik → politics".
 *
 * @param rank 0 the whole name, 1 its beginning, 2 the beginning of one of its words
 */
public record TagMatch(Tag tag, Field field, String text, int rank) {

    /** Which name matched. */
    public enum Field {
        /** the tag's own name (a Media Topic's English label) */
        NAME,
        /** a label in another language (e.g. the Indonesian "politik") */
        LABEL,
        /** a synonym, or the old name of a tag merged into this one */
        SYNONYM
    }
}
