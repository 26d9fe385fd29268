package org.newsroom.cms.plugin.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One setting a plugin reads: key, type, default and help, plus constraints (range for integers,
 * allowed values for enums, maximum length for strings), a label per UI language and whether it is a secret
 * (as Keycloak's {@code ProviderConfigProperty} has). Self-describing, so an admin screen can render any
 * plugin's settings and the host can validate updates.
 * <p>
 * {@code labels} maps a language tag ({@code "en"}, {@code "id"}) to the label the admin form shows in that
 * UI language; {@link #label(Locale)} falls back to English, then to the key. A {@code secret} setting (an
 * API key, a password) is never shown: the admin API answers {@code "********"} for it when it has a value,
 * the form offers an empty password field, and an empty value sent back keeps the stored one.
 */
public record ConfigSetting(String key, Type type, Object defaultValue, String help, Integer min, Integer max,
                            List<String> allowed, Map<String, String> labels, boolean secret) {

    /** The kinds of value a setting can hold. */
    public enum Type { STRING, INT, BOOL, ENUM, LIST }

    /** What the admin API shows instead of a secret's value. */
    public static final String MASK = "********";

    public ConfigSetting {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A setting without labels that is not secret (the shape before labels existed). */
    public ConfigSetting(String key, Type type, Object defaultValue, String help, Integer min, Integer max,
                         List<String> allowed) {
        this(key, type, defaultValue, help, min, max, allowed, Map.of(), false);
    }

    /** A string of at most {@code maxLength} characters. */
    public static ConfigSetting string(String key, String defaultValue, int maxLength, String help) {
        return new ConfigSetting(key, Type.STRING, defaultValue, help, null, maxLength, null);
    }

    /** A secret string (empty by default), never shown back: see the type's description. */
    public static ConfigSetting secret(String key, int maxLength, String help) {
        return new ConfigSetting(key, Type.STRING, "", help, null, maxLength, null, Map.of(), true);
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

    /** This setting with a label in English and one in Indonesian. */
    public ConfigSetting labelled(String english, String indonesian) {
        return withLabel("en", english).withLabel("id", indonesian);
    }

    /** This setting with the label shown in the UI language {@code language} (a tag such as {@code "id"}). */
    public ConfigSetting withLabel(String language, String label) {
        Map<String, String> copy = new LinkedHashMap<>(labels);
        copy.put(language, label);
        return new ConfigSetting(key, type, defaultValue, help, min, max, allowed, copy, secret);
    }

    /** This setting, marked secret. */
    public ConfigSetting asSecret() {
        return new ConfigSetting(key, type, defaultValue, help, min, max, allowed, labels, true);
    }

    /** The label for a UI language: that language's, else the English one, else the key. */
    public String label(Locale locale) {
        String own = locale == null ? null : labels.get(locale.getLanguage());
        return own != null ? own : labels.getOrDefault("en", key);
    }
}
