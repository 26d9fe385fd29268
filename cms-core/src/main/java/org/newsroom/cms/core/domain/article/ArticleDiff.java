package org.newsroom.cms.core.domain.article;

import java.util.List;

/**
 * What changed between two versions of an article, shaped for a UI to render: each simple field with
 * before/after (and word changes for text), and the body paragraph by paragraph, with word changes
 * inside changed paragraphs.
 */
public record ArticleDiff(List<FieldChange> fields, List<ParagraphChange> body) {

    /** The same diff with only these fields (by {@link FieldChange#field()} name), in this diff's order; the body stays. */
    public ArticleDiff only(java.util.Collection<String> names) {
        return new ArticleDiff(fields.stream().filter(f -> names.contains(f.field())).toList(), body);
    }

    public boolean isEmpty() {
        return fields.stream().noneMatch(FieldChange::changed)
                && body.stream().allMatch(p -> p.op() == ParagraphChange.Op.EQUAL);
    }

    /** One field; {@code words} is filled for changed text fields (headline, standfirst). */
    public record FieldChange(String field, String before, String after, boolean changed, List<WordChange> words) {
    }

    /** One body paragraph (block of HTML); indexes are 0-based positions in the before/after bodies. */
    public record ParagraphChange(Op op, Integer beforeIndex, Integer afterIndex, String before, String after,
                                  List<WordChange> words) {

        public enum Op { EQUAL, INSERTED, DELETED, CHANGED }
    }

    /** A run of words that stayed, was inserted or was deleted. */
    public record WordChange(Op op, String text) {

        public enum Op { EQUAL, INSERT, DELETE }
    }
}
