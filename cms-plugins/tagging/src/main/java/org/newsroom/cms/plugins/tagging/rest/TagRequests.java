package org.newsroom.cms.plugins.tagging.rest;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The JSON bodies the tagging endpoints accept, checked with {@link org.newsroom.cms.plugin.api.Bodies#valid}.
 * Tag names are checked afterwards by {@link org.newsroom.cms.plugins.tagging.text.TagNames#problem}, the one
 * name rule that also applies to names arriving by ninjs import or inside a list of tags.
 */
public final class TagRequests {

    private TagRequests() {
    }

    /** Create or rename a tag: {@code {"name": "Iran"}}. */
    public record NameRequest(String name) {
    }

    /** Add a synonym: {@code {"name": "Rusia", "language": "id"}}; {@code language} is optional. */
    public record SynonymRequest(
            String name,
            @Size(max = 35, message = "must be at most 35 characters")
            @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*",
                    message = "must be a language tag such as \"id\", \"en\" or \"pt-BR\"")
            String language) {
    }

    /** Merge a tag into another: {@code {"into": 42}}, the id of the tag that stays. */
    public record MergeRequest(
            @NotNull(message = "Send {\"into\": <id of the tag that stays>}.")
            Long into) {
    }

    /** Dismiss a suggestion for one article: {@code {"name": "SCO"}}, the suggestion's name. */
    public record DismissRequest(
            @NotNull(message = "Send {\"name\": \"<the suggestion's name>\"}.")
            @Size(min = 1, max = 80, message = "must be 1 to 80 characters")
            String name) {
    }

    /**
     * The article's tags, in order: names (a new name becomes a free tag unless the vocabulary is
     * controlled-only) or tag ids, e.g. {@code {"tags": ["Iran", 42]}}.
     */
    public record TagsRequest(
            @NotNull(message = "Send {\"tags\": [\"Iran\", \"Rusia\"]} (names or tag ids).")
            List<Object> tags) {
    }
}
