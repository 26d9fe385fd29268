package org.newsroom.cms.web.rest.input;

import java.io.Closeable;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string (or field name) that cannot be stored, with the JSON path of the field it was in. A Jackson
 * exception, so the JSON reader and its mappers treat it like any other unreadable body.
 */
public class UnsafeTextException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String flaw;

    public UnsafeTextException(Closeable parser, String field, String flaw) {
        super(parser, "Field \"" + field + "\" " + flaw);
        this.field = field;
        this.flaw = flaw;
    }

    /** The field, e.g. {@code dateline.place} or {@code bylines[0].role}; {@code body} for the top level. */
    public String field() {
        return field;
    }

    /** What is wrong, e.g. "contains a NUL character (U+0000)". */
    public String flaw() {
        return flaw;
    }
}
