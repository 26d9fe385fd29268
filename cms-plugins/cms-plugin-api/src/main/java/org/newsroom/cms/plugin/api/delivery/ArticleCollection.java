package org.newsroom.cms.plugin.api.delivery;

import org.newsroom.cms.plugin.api.PublishedPage;

/**
 * A public collection of articles a plugin owns, as the site shows it at {@code /<segment>/<slug>}: a tag,
 * an author.
 *
 * @param slug        its canonical slug: when it differs from the one asked for (a merged tag, a renamed
 *                    author) the site answers 301 to the canonical address
 * @param name        its name as readers see it
 * @param description a sentence or two for the page and its meta description, or null
 * @param language    the language of {@code name} and {@code description} (BCP 47), or null for the site's
 * @param articles    one page of its publicly visible articles, newest first
 */
public record ArticleCollection(String slug, String name, String description, String language, PublishedPage articles) {
}
