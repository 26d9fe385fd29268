package org.newsroom.cms.core.application;

import java.util.List;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;

/**
 * What a preview shows: an article's current working copy (not its live revision), with the corrections
 * readers already see on the live one.
 */
public record WorkingPreview(Article article, ArticleContent content, List<Correction> corrections) {
}
