package org.newsroom.cms.plugins.tagging.rest;

import java.util.List;

import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.text.TagNames;

/**
 * The two answers the tagging endpoints word themselves (everything else is a plain {@link PluginException}):
 * a bad tag name, and a 422 on one field whose {@code detail} says what to do rather than "fix the fields listed".
 */
final class TagErrors {

    private TagErrors() {
    }

    /** @return {@code name}, once {@link TagNames#problem} has nothing against it; else a 400 naming the field */
    static String checkedName(String field, String name) {
        String problem = TagNames.problem(name);
        if (problem != null) {
            throw PluginException.of(400, "invalid-tag", "Invalid tag name", "The tag name " + problem)
                    .withErrors(List.of(new FieldError(field, problem)));
        }
        return name;
    }

    /** 422 on {@code field}, with {@code message} as both the detail and the field's error. */
    static PluginException invalid(String field, String message) {
        return PluginException.of(422, "validation", "The request has invalid fields", message)
                .withErrors(List.of(new FieldError(field, message)));
    }
}
