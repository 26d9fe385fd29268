package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * An article being built from wire copy: the raw text and what has been read from it so far (headline,
 * dateline, language, body paragraphs). Immutable: a {@link WireCopyParser} returns a changed copy, made
 * with the {@code withXxx} methods, inside its {@link WireParse}. What a parser found for itself is not
 * kept here but in its own typed {@link WireParse#finding()}.
 */
public record WireDraft(String rawText, String headline, String datelinePlace, String datelineSource,
                        String language, List<String> paragraphs) {

    public WireDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The draft with these body paragraphs (e.g. a caption line or a sign-off taken out). */
    public WireDraft withParagraphs(List<String> newParagraphs) {
        return new WireDraft(rawText, headline, datelinePlace, datelineSource, language, newParagraphs);
    }

    /** The draft with this credit / source of the dateline (e.g. the agency named by a sign-off). */
    public WireDraft withDatelineSource(String source) {
        return new WireDraft(rawText, headline, datelinePlace, source, language, paragraphs);
    }
}
