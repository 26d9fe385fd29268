/**
 * What a person does with an article's tags, in one place for every way in: the JSON resource
 * ({@code rest}) and the newsroom's tags panel call the same {@link
 * org.newsroom.cms.plugins.tagging.article.ArticleTagging}, so edit rights, limits, the controlled-only mode,
 * dismissed suggestions and the reasons in the user's language are the same wherever the user clicks.
 */
package org.newsroom.cms.plugins.tagging.article;
