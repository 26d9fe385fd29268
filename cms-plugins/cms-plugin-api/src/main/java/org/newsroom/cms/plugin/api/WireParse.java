package org.newsroom.cms.plugin.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link WireCopyParser} made of a draft: the draft for the next parser, the parser's own finding
 * (any type it likes; {@code null} when it found nothing) and notes for the people importing
 * (shown in the import report and kept in the article's audit trail, e.g. "desk sign-off: rdk").
 *
 * @param <F> the parser's finding type
 */
public record WireParse<F>(WireDraft draft, F finding, List<String> notes) {

    public WireParse {
        notes = List.copyOf(notes);
    }

    /** Found nothing; the draft goes on unchanged. */
    public static <F> WireParse<F> nothing(WireDraft draft) {
        return new WireParse<>(draft, null, List.of());
    }

    /** Found {@code finding}; {@code draft} is what is left for the next parser. */
    public static <F> WireParse<F> found(WireDraft draft, F finding) {
        return new WireParse<>(draft, finding, List.of());
    }

    /** The same result with one more note for the import report. */
    public WireParse<F> withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new WireParse<>(draft, finding, more);
    }
}
