package org.newsroom.cms.core.domain.search;

import java.time.Instant;
import java.util.UUID;

/**
 * One result: the live article's slug and headline, a snippet of its text (HTML: the matched words in
 * {@code <mark>}, everything else escaped), its first publication and its score (the cursor's key).
 */
public record SearchHit(UUID articleId, String slug, String headline, String snippetHtml, Instant publishedAt,
                        double score) {
}
