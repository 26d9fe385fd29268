package org.newsroom.cms.plugins.bylines.rest;

/** One invalid field of a request and what to do about it (the {@code errors} member of a 422). */
public record FieldError(String field, String message) {
}
