/**
 * The bylines plugin: contributors (staff linked to an account, or guests), ordered bylines with roles on
 * each article, the rendered byline text in the article's language, a publish check, author pages, and
 * bylines found in wire copy. Built on {@code org.newsroom.cms.plugin.api} only.
 */
package org.newsroom.cms.plugins.bylines;
