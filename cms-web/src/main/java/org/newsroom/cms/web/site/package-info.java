/**
 * The public site: server-rendered pages for readers (home, articles, sections, plugins' collections such as
 * tag and author pages, styled 404/410), readable without JavaScript, and the documents machines read from the
 * same published-article model and plugin parts: Atom and RSS feeds, sitemaps (index, monthly article sitemaps,
 * Google News) and robots.txt, written here because they are lists of the site's URLs. Templates in
 * {@code src/main/jte/site}, words in {@code messages*.properties}.
 */
package org.newsroom.cms.web.site;
