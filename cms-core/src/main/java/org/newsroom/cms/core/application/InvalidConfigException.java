package org.newsroom.cms.core.application;

import org.newsroom.cms.plugin.api.FieldError;
import java.util.List;

/** A plugin configuration update with problems (HTTP 400 listing each); nothing was saved. */
public class InvalidConfigException extends CmsException {

    private final List<FieldError> errors;

    public InvalidConfigException(String plugin, List<FieldError> errors) {
        super("The configuration of \"" + plugin + "\" was not saved: fix the settings listed in \"errors\".");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
