package org.newsroom.cms.plugins.tagging.store;

import java.util.List;

/**
 * A tag as stored and delivered: id, name, slug, vocabulary ({@code free} or {@code medtop}), Media Topic
 * code for controlled tags, and its synonyms (empty where they are not loaded).
 */
public record Tag(long id, String name, String slug, String vocabulary, String code, List<String> synonyms) {

    public Tag {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** Whether the tag belongs to a controlled vocabulary (a Media Topic), which is never merged away or deleted. */
    public boolean controlled() {
        return code != null;
    }
}
