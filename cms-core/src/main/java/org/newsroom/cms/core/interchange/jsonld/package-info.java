/**
 * Articles as schema.org {@code NewsArticle} JSON-LD for the public article page, built from the published
 * article model and the plugins' public parts (no HTTP here; the site embeds the document).
 */
package org.newsroom.cms.core.interchange.jsonld;
