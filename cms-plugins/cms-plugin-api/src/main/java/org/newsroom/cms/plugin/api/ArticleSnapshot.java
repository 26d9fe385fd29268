package org.newsroom.cms.plugin.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable view of an article's public fields at one moment: what plugins get instead of the CMS's
 * own objects. {@code revision} is the revision these fields come from; {@code live} whether readers can
 * see the article at all.
 */
public record ArticleSnapshot(
        UUID id,
        String slug,
        String headline,
        String standfirst,
        String bodyHtml,
        String datelinePlace,
        String datelineSource,
        String language,
        String section,
        WorkflowState state,
        String author,
        int revision,
        boolean live,
        Instant firstPublishedAt,
        Instant lastPublishedAt) {

    /** The body as plain text (tags dropped, entities decoded, one line per block), parsed with jsoup. */
    public String bodyText() {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(bodyHtml);
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Element block : doc.body().children()) {
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return text.toString();
    }
}
