/**
 * IPTC NewsML-G2 2.35: one text {@code newsItem} per article, built from the published-article model and the
 * plugins' public parts (people, subjects, pictures), with the body as inline XHTML. No HTTP here; cms-web maps
 * routes and media types to it.
 */
package org.newsroom.cms.core.interchange.newsml;
