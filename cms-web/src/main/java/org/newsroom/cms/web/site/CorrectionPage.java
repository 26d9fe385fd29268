package org.newsroom.cms.web.site;

import java.util.List;

import org.newsroom.cms.core.domain.article.ArticleDiff.ParagraphChange;
import org.newsroom.cms.core.domain.article.ArticleDiff.WordChange;

/**
 * What one correction changed, as readers see it ({@code /articles/{slug}/corrections/{id}}): its note and time,
 * the public fields it changed, and the body paragraph by paragraph with removed and added words marked.
 *
 * @param fields only the fields that changed, labelled in the article's language
 * @param body   every paragraph, so the changes are read in their place; {@code html} is the stored (sanitised)
 *               block with embeds as links, for unchanged, inserted and deleted paragraphs
 */
public record CorrectionPage(Chrome chrome, String headline, String articleHref, String note, String timeText,
                             String timeIso, List<Field> fields, List<Paragraph> body) {

    /** A changed field: its label and the runs of words that stayed, went and came. */
    public record Field(String label, List<WordChange> words) {
    }

    /** One body paragraph: unchanged, inserted or deleted ({@code html}), or changed ({@code words}). */
    public record Paragraph(ParagraphChange.Op op, String html, List<WordChange> words) {
    }

    /** Whether the correction left every public field and the body as they were (a note-only correction). */
    public boolean unchanged() {
        return fields.isEmpty() && body.stream().allMatch(p -> p.op() == ParagraphChange.Op.EQUAL);
    }
}
