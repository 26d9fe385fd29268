package org.newsroom.cms.web.rest.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.input.UnsafeTextException;

/**
 * A request body that is not the JSON we expect → 400 saying where and what, without parser internals;
 * values and field names from the body are repeated at most {@value Problems#MAX_ECHO} characters long.
 */
@Provider
public class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return toProblem(e);
    }

    static Response toProblem(JsonProcessingException e) {
        return describe(e).response();
    }

    static ProblemDetail describe(JsonProcessingException e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof UnsafeTextException unsafe) {
                return Problems.invalidText("The field " + Problems.echo(unsafe.field()), unsafe.field(),
                        unsafe.flaw());
            }
        }
        String detail;
        String field = null;
        String message = "has a value of the wrong type";
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            detail = "The body is nested too deeply or has a value too large to read" + where(e.getLocation())
                    + "; send plain objects and lists.";
        } else if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            // a syntax error can reach us wrapped in a mapping error for the field being read
            detail = "The body is not valid JSON" + where(e.getLocation()) + ". Check quotes, commas and braces.";
        } else if (e instanceof UnrecognizedPropertyException u) {
            field = path(u);
            message = "is not a field of this body";
            detail = "Unknown field " + Problems.echo(field) + where(e.getLocation()) + ". Known fields: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
                    + ".";
        } else if (e instanceof InvalidFormatException f) {
            field = path(f);
            detail = "Field " + Problems.echo(field) + " has a value of the wrong type" + where(e.getLocation())
                    + ": " + Problems.echo(f.getValue()) + (f.getTargetType() == null ? "."
                    : "; expected " + expected(f.getTargetType()) + ".");
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = path(m);
            detail = "Field " + Problems.echo(field) + " has a value of the wrong type" + where(e.getLocation()) + ".";
        } else {
            detail = "The body is not the JSON this endpoint expects" + where(e.getLocation()) + ".";
        }
        return new ProblemDetail(400, "invalid-json", "Invalid request body", detail, field == null || field.isEmpty()
                ? null : Map.of("errors", List.of(new FieldError(field, message))));
    }

    /** What a client should send instead, in JSON terms. */
    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum() || type == java.util.UUID.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return type == Double.class || type == Float.class || type == double.class || type == float.class
                    ? "a number" : "a whole number";
        }
        return java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "a list" : "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
