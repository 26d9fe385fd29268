package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * A plugin: identity, settings, lifecycle and the extensions it provides.
 * <p>
 * One instance per deployment, created by {@link java.util.ServiceLoader} (so it needs a public no-argument
 * constructor). {@link #init} is called once before any extension is used, the first time the plugin is
 * needed while enabled; {@link #close} when the host finds it disabled (it may be initialised again
 * later). Extensions must be thread-safe: they are called concurrently from many requests.
 */
public interface CmsPlugin {

    /** Stable kebab-case id (e.g. {@code weather-box}): names its tables ({@code plg_<id>_…}, hyphens
     *  as underscores), its migrations folder and its REST paths. Never changes between versions. */
    String id();

    /** Human-readable name for admin screens. */
    String name();

    /** The plugin's own version (shown to admins, stored as the installed version). */
    String version();

    /** One or two sentences on what the plugin does. */
    String description();

    /** The settings the plugin reads, so admins get a generated form and updates are validated. */
    default List<ConfigSetting> configMetadata() {
        return List.of();
    }

    /**
     * Checks that go beyond {@link #configMetadata()}'s types and ranges (e.g. that a pattern compiles),
     * called with the complete configuration an admin is about to store (defaults filled in). Any error
     * refuses the whole change with a 400 listing them; nothing is stored.
     */
    default List<FieldError> validateConfig(java.util.Map<String, Object> config) {
        return List.of();
    }

    /** Called before first use while enabled. Keep the context: it gives config, clock, logger, data. */
    default void init(PluginContext context) {
    }

    /** Called when the plugin is found disabled (or the application stops). Release what init took. */
    default void close() {
    }

    /**
     * The extension objects this plugin provides, each implementing one or more {@link ExtensionPoint}
     * interfaces. Called after {@link #init}; the host looks them up by type.
     */
    List<? extends ExtensionPoint> extensions();
}
