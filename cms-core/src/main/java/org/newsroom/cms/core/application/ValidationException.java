package org.newsroom.cms.core.application;

import org.newsroom.cms.plugin.api.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The request named things that are wrong; every bad field is listed so they can all be fixed at once. */
public class ValidationException extends CmsException {

    /** A bad field and what to do about it, by message key (so it can be said in the reader's language). */
    public record Problem(String field, Message message) {
    }

    private final List<FieldError> errors;
    /** The same problems by key; null when the thrower gave only English text. */
    private final List<Problem> problems;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
        this.problems = null;
    }

    private ValidationException(List<FieldError> english, List<Problem> problems) {
        super(english.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(english);
        this.problems = List.copyOf(problems);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public static ValidationException of(String field, Message message) {
        return of(List.of(new Problem(field, message)));
    }

    public static ValidationException of(List<Problem> problems) {
        return new ValidationException(problems.stream()
                .map(p -> new FieldError(p.field(), p.message().english())).toList(), problems);
    }

    /** Every bad field, in English. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Every bad field, in {@code locale} where the thrower gave keys, else in English. */
    public List<FieldError> errors(Locale locale) {
        return problems == null ? errors
                : problems.stream().map(p -> new FieldError(p.field(), p.message().in(locale))).toList();
    }

    @Override
    public String getMessage(Locale locale) {
        return errors(locale).stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
