package org.newsroom.cms.core.application;

import java.util.List;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;

/** What readers get: the live revision's content, the article's public metadata, and its corrections. */
public record LiveArticle(Article article, ArticleContent content, List<Correction> corrections) {
}
