package org.newsroom.cms.core.application;

import org.newsroom.cms.plugin.api.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** The request named things that are wrong; every bad field is listed so they can all be fixed at once. */
public class ValidationException extends CmsException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
