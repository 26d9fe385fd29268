/**
 * What plugins show readers: the typed parts of an article's public faces ({@link PublicParts}: people,
 * subjects, pictures and page fragments, from which the host writes the article page, schema.org JSON-LD,
 * Atom/RSS entries, NewsML-G2 and sitemap image entries) and the public collections a plugin owns
 * ({@link PublicCollections}: tag pages, author pages). One model, every face: a plugin describes its data
 * once and never writes a feed or a JSON-LD document itself.
 */
package org.newsroom.cms.plugin.api.delivery;
