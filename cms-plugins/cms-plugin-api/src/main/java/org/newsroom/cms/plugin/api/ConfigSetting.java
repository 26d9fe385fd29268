package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * One setting a plugin reads: key, type, default and help, plus constraints (range for integers,
 * allowed values for enums, maximum length for strings). Self-describing, so an admin screen can render
 * any plugin's settings and the host can validate updates.
 */
public record ConfigSetting(String key, Type type, Object defaultValue, String help, Integer min, Integer max,
                            List<String> allowed) {

    /** The kinds of value a setting can hold. */
    public enum Type { STRING, INT, BOOL, ENUM, LIST }

    public ConfigSetting {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** A string of at most {@code maxLength} characters. */
    public static ConfigSetting string(String key, String defaultValue, int maxLength, String help) {
        return new ConfigSetting(key, Type.STRING, defaultValue, help, null, maxLength, null);
    }

    public static ConfigSetting integer(String key, int defaultValue, int min, int max, String help) {
        return new ConfigSetting(key, Type.INT, defaultValue, help, min, max, null);
    }

    public static ConfigSetting bool(String key, boolean defaultValue, String help) {
        return new ConfigSetting(key, Type.BOOL, defaultValue, help, null, null, null);
    }

    public static ConfigSetting oneOf(String key, String defaultValue, List<String> allowed, String help) {
        return new ConfigSetting(key, Type.ENUM, defaultValue, help, null, null, allowed);
    }

    /** A list of strings, each at most {@code maxLength} characters. */
    public static ConfigSetting list(String key, List<String> defaultValue, int maxLength, String help) {
        return new ConfigSetting(key, Type.LIST, List.copyOf(defaultValue), help, null, maxLength, null);
    }
}
