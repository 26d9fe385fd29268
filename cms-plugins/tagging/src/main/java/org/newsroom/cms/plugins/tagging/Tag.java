package org.newsroom.cms.plugins.tagging;

import java.util.List;

/**
 * A tag as delivered: id, name, slug, vocabulary ({@code free} or {@code medtop}), Media Topic code for
 * controlled tags, and its synonyms.
 */
public record Tag(long id, String name, String slug, String vocabulary, String code, List<String> synonyms) {
}
