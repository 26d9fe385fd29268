package org.newsroom.cms.core.plugin;

import org.newsroom.cms.plugin.api.FieldError;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.PluginConfig;

/**
 * Plugin configuration: validation of admin input against a plugin's {@link ConfigSetting}s, storage as
 * a JSON object (Jakarta JSON-P), and the typed view plugins read (defaults filled in).
 */
public final class PluginConfigs {

    private PluginConfigs() {
    }

    /**
     * Checks every key and value; {@code null} values mean "back to the default" and are dropped.
     *
     * @return the values to store, in metadata order
     * @throws PluginException a 422 listing every problem (unknown keys, wrong types, out-of-range values)
     */
    public static Map<String, Object> validate(List<ConfigSetting> metadata, Map<String, Object> input) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ConfigSetting> byKey = new LinkedHashMap<>();
        metadata.forEach(s -> byKey.put(s.key(), s));
        Map<String, Object> clean = new LinkedHashMap<>();
        if (input == null) {
            throw PluginException.invalid("config", "send a JSON object of settings, e.g. {\"key\": value}.");
        }
        input.forEach((key, value) -> {
            ConfigSetting setting = byKey.get(key);
            if (setting == null) {
                errors.add(new FieldError(key, "is not a setting of this plugin; known: "
                        + (byKey.isEmpty() ? "none" : String.join(", ", byKey.keySet())) + "."));
            } else if (value != null) {
                String problem = problem(setting, value);
                if (problem == null) {
                    clean.put(key, normalise(setting, value));
                } else {
                    errors.add(new FieldError(key, problem));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw PluginException.invalid(errors);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        byKey.keySet().stream().filter(clean::containsKey).forEach(k -> ordered.put(k, clean.get(k)));
        return ordered;
    }

    private static String problem(ConfigSetting s, Object value) {
        switch (s.type()) {
            case STRING -> {
                if (!(value instanceof String str)) {
                    return "must be a string.";
                }
                return s.max() != null && str.length() > s.max() ? "is longer than " + s.max() + " characters." : null;
            }
            case INT -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    return "must be a whole number.";
                }
                long n = ((Number) value).longValue();
                if ((s.min() != null && n < s.min()) || (s.max() != null && n > s.max())) {
                    return "must be between " + s.min() + " and " + s.max() + ".";
                }
                return null;
            }
            case BOOL -> {
                return value instanceof Boolean ? null : "must be true or false.";
            }
            case ENUM -> {
                return value instanceof String str && s.allowed().contains(str) ? null
                        : "must be one of " + String.join(", ", s.allowed()) + ".";
            }
            case LIST -> {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    return "must be a list of strings.";
                }
                return s.max() != null && list.stream().anyMatch(v -> ((String) v).length() > s.max())
                        ? "has an entry longer than " + s.max() + " characters." : null;
            }
            default -> throw new IllegalStateException("unknown type " + s.type());
        }
    }

    private static Object normalise(ConfigSetting s, Object value) {
        return s.type() == ConfigSetting.Type.INT ? (Object) ((Number) value).intValue() : value;
    }

    /** The stored form: a JSON object. */
    public static String toJson(Map<String, Object> values) {
        return Json.createObjectBuilder(values).build().toString();
    }

    /** Reads the stored form back into Java values (String, Integer, Boolean, List of String). */
    public static Map<String, Object> fromJson(String json) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        object.forEach((key, value) -> values.put(key, toJava(value)));
        return values;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).intValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY -> ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            default -> null;
        };
    }

    /** Defaults overlaid with the stored values. */
    public static Map<String, Object> effective(List<ConfigSetting> metadata, Map<String, Object> stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigSetting s : metadata) {
            values.put(s.key(), stored.getOrDefault(s.key(), s.defaultValue()));
        }
        return values;
    }

    /** The typed view of a set of effective values. */
    public static PluginConfig view(Map<String, Object> effective) {
        return new PluginConfig() {
            @Override
            public String string(String key) {
                Object v = value(key);
                return v == null ? null : v.toString();
            }

            @Override
            public int integer(String key) {
                return ((Number) value(key)).intValue();
            }

            @Override
            public boolean bool(String key) {
                return Boolean.TRUE.equals(value(key));
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<String> list(String key) {
                Object v = value(key);
                return v == null ? List.of() : List.copyOf((List<String>) v);
            }

            private Object value(String key) {
                if (!effective.containsKey(key)) {
                    throw new IllegalArgumentException("\"" + key + "\" is not declared in configMetadata()");
                }
                return effective.get(key);
            }
        };
    }
}
