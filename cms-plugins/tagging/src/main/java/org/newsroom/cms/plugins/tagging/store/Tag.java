package org.newsroom.cms.plugins.tagging.store;

import java.util.List;

/**
 * A tag as stored and delivered: id, name, slug, vocabulary ({@code free} or {@code medtop}), Media Topic
 * code and broader topic's code for controlled tags, its synonyms (empty where they are not loaded), and its
 * label in the language it was read for. {@code label} is what to show: the Indonesian label of a Media Topic
 * when Indonesian was asked and one exists, else its English name; {@code labelLang} says which language the
 * label is in ({@code "id"}, {@code "en"}), so a page can mark an English label {@code lang="en"} inside
 * Indonesian text. A free tag's label is its name, in the newsroom's own language: {@code labelLang} null.
 */
public record Tag(long id, String name, String slug, String vocabulary, String code, List<String> synonyms,
                  String parentCode, String label, String labelLang) {

    /** Media Topics' names are the IPTC's English labels. */
    public static final String MEDIA_TOPIC_NAME_LANGUAGE = "en";

    public Tag {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        if (label == null) {
            label = name;
            labelLang = code == null ? null : MEDIA_TOPIC_NAME_LANGUAGE;
        }
    }

    /** A tag shown by its name (the English one for a Media Topic), without its broader topic. */
    public Tag(long id, String name, String slug, String vocabulary, String code, List<String> synonyms) {
        this(id, name, slug, vocabulary, code, synonyms, null, null, null);
    }

    /** Whether the tag belongs to a controlled vocabulary (a Media Topic), which is never merged away or deleted. */
    public boolean controlled() {
        return code != null;
    }
}
