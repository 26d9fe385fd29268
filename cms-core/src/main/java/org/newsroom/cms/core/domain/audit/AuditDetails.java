package org.newsroom.cms.core.domain.audit;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/**
 * The {@code details} of an audit event: a JSON object in the database (so SQL and people can read it), plain
 * Java values (String, Long, Double, Boolean, List, Map, null) everywhere else.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** The stored form; null for no details. Unknown value types are written as their text. */
    public static String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        return object(details).build().toString();
    }

    /** The stored form read back; empty for null or for text that is not a JSON object. */
    public static Map<String, Object> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            JsonValue value = Json.createReader(new StringReader(json)).readValue();
            return value instanceof JsonObject o ? map(o) : java.util.Collections.singletonMap("value", java(value));
        } catch (JsonParsingException e) {
            return Map.of("value", json);
        }
    }

    private static JsonObjectBuilder object(Map<?, ?> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> b.add(String.valueOf(k), value(v)));
        return b;
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        }
        if (v instanceof Map<?, ?> m) {
            return object(m).build();
        }
        if (v instanceof Collection<?> c) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            c.forEach(item -> a.add(value(item)));
            return a.build();
        }
        return Json.createValue(String.valueOf(v));
    }

    private static Map<String, Object> map(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, java(v)));
        return out;
    }

    private static Object java(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : (Object) ((JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case OBJECT -> map((JsonObject) v);
            case ARRAY -> {
                List<Object> list = new java.util.ArrayList<>();
                v.asJsonArray().forEach(item -> list.add(java(item)));
                yield list;
            }
            default -> null;
        };
    }
}
