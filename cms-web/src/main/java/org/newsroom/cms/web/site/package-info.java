/**
 * The public site: server-rendered pages for readers, and the documents machines read from the same
 * published-article model: Atom and RSS feeds, sitemaps (index, monthly article sitemaps, Google News) and
 * robots.txt, written here because they are lists of the site's URLs.
 */
package org.newsroom.cms.web.site;
