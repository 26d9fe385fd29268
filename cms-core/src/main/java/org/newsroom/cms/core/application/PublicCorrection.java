package org.newsroom.cms.core.application;

import java.util.List;

import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.Correction;

/**
 * A correction as readers may see it: its note and time, what readers saw before it and what it published,
 * and the diff of the two in the fields readers see ({@link #PUBLIC_FIELDS} and the body); never who made it.
 *
 * @param live the article as readers see it now (a later correction may have followed this one)
 */
public record PublicCorrection(LiveArticle live, Correction correction, ArticleContent before, ArticleContent after,
                               ArticleDiff diff) {

    /** The fields of a diff a reader is shown besides the body: what the article page prints. */
    public static final List<String> PUBLIC_FIELDS = List.of("headline", "standfirst", "dateline.place",
            "dateline.source");
}
