/**
 * The public site: server-rendered pages for readers (home, articles, sections, plugins' collections such as
 * tag and author pages, styled 404/410), readable without JavaScript, from the same published-article model
 * and plugin parts as the JSON API. Templates in {@code src/main/jte/site}, words in {@code messages*.properties}.
 */
package org.newsroom.cms.web.site;
