package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;

/**
 * Checks the JSON of a photo edit ({@code caption, credit, photographer, photographerContributor,
 * copyright, altText, position}): fields present are set (null or blank clears them), absent ones kept.
 */
final class PhotoEdits {

    static final Map<String, Integer> MAX_LENGTH = Map.of("caption", 2000, "credit", 300, "photographer", 200,
            "photographerContributor", 200, "copyright", 300, "altText", 1000);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private PhotoEdits() {
    }

    /** One invalid field and what to do about it. */
    record FieldError(String field, String message) {
        Map<String, String> json() {
            return Map.of("field", field, "message", message);
        }
    }

    /** The checked edit: text values by JSON name, the new position (or null), and any problems. */
    record Edit(Map<String, String> text, Integer position, List<String> unknown, List<FieldError> errors) {
        boolean valid() {
            return unknown.isEmpty() && errors.isEmpty();
        }
    }

    static Edit parse(Map<String, Object> body, boolean allowPosition) {
        Map<String, String> text = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Integer position = null;
        for (Map.Entry<String, Object> e : (body == null ? Map.<String, Object>of() : body).entrySet()) {
            String field = e.getKey();
            Object value = e.getValue();
            if ("position".equals(field) && allowPosition) {
                if (value instanceof Integer i && i >= 1) {
                    position = i;
                } else {
                    errors.add(new FieldError(field, "give the place in the list as a whole number from 1"));
                }
            } else if (PhotoRepository.TEXT_COLUMNS.containsKey(field)) {
                if (value != null && !(value instanceof String)) {
                    errors.add(new FieldError(field, "must be a string or null"));
                    continue;
                }
                String s = value == null || ((String) value).isBlank() ? null : ((String) value).strip();
                if (s != null && s.length() > MAX_LENGTH.get(field)) {
                    errors.add(new FieldError(field, "at most " + MAX_LENGTH.get(field) + " characters"));
                } else if (s != null && field.equals("photographerContributor") && !SLUG.matcher(s).matches()) {
                    errors.add(new FieldError(field, "a contributor slug such as \"budi-santoso\" (lower-case "
                            + "letters, digits and hyphens)"));
                } else {
                    text.put(field, s);
                }
            } else {
                unknown.add(field);
            }
        }
        return new Edit(text, position, unknown, errors);
    }

    /** Known fields, for error messages. */
    static String known(boolean allowPosition) {
        return "caption, credit, photographer, photographerContributor, copyright, altText"
                + (allowPosition ? ", position" : "");
    }
}
