package org.newsroom.cms.plugin.api;

/**
 * One bad field of a request and what to do about it: the {@code errors} entries of a 422 (or 400)
 * problem, the same shape in core and in every plugin. {@code field} is the JSON name (dotted for nested
 * values, e.g. {@code items[1].role}).
 */
public record FieldError(String field, String message) {
}
