package org.newsroom.cms.web.rest.problem;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not the JSON we expect → 400 saying where and what, without parser internals. */
@Provider
public class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return toProblem(e);
    }

    static Response toProblem(JsonProcessingException e) {
        String detail;
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            // a syntax error can reach us wrapped in a mapping error for the field being read
            detail = "The body is not valid JSON" + where(e.getLocation()) + ". Check quotes, commas and braces.";
        } else if (e instanceof UnrecognizedPropertyException u) {
            detail = "Unknown field \"" + u.getPropertyName() + "\"" + where(e.getLocation()) + ". Known fields: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
                    + ".";
        } else if (e instanceof InvalidFormatException f) {
            detail = "Field \"" + path(f) + "\" has a value of the wrong type" + where(e.getLocation()) + ": "
                    + f.getValue() + ".";
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            detail = "Field \"" + path(m) + "\" has a value of the wrong type" + where(e.getLocation()) + ".";
        } else {
            detail = "The body is not the JSON this endpoint expects" + where(e.getLocation()) + ".";
        }
        return Problems.response(400, "invalid-json", "Invalid request body", detail);
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
