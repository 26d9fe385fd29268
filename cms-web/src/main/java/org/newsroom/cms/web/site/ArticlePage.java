package org.newsroom.cms.web.site;

import java.util.List;

/**
 * An article as readers see it. {@code bylineHtml}, {@code bodyHtml} and {@code afterBodyHtml} are HTML
 * already made safe: the body was sanitised when saved, plugin fragments are the plugins' escaped output.
 *
 * @param updatedText null when the story has not changed since it was first published
 * @param preview     a newsroom preview of an unpublished working copy (marked as such)
 */
public record ArticlePage(Chrome chrome, String headline, String standfirst, Chrome.Link section, String bylineHtml,
                          Figure lead, String bodyHtml, List<CorrectionNote> corrections, String afterBodyHtml,
                          String publishedText, String publishedIso, String updatedText, String updatedIso,
                          boolean preview) {

    /** A correction as the page shows it, with the link to what changed when the newsroom publishes diffs. */
    public record CorrectionNote(String text, String timeText, String timeIso, String diffHref) {
    }
}
