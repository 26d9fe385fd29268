package org.newsroom.cms.core.domain.plugin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a plugin is enabled and how it is configured: one row per plugin, shared by every node. */
@Entity
@Table(name = "plugin_state")
public class PluginState {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    /** The admin-set values as a JSON object; defaults are not stored. */
    @Column(nullable = false)
    private String config;

    @Column(name = "installed_version", nullable = false)
    private String installedVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PluginState() {
        // for JPA
    }

    public PluginState(String pluginId, String installedVersion, Instant now) {
        this.pluginId = pluginId;
        this.enabled = true;
        this.config = "{}";
        this.installedVersion = installedVersion;
        this.updatedAt = now;
    }

    public void enable(boolean on, Instant now) {
        enabled = on;
        updatedAt = now;
    }

    public void configure(String json, Instant now) {
        config = json;
        updatedAt = now;
    }

    public void installed(String pluginVersion, Instant now) {
        installedVersion = pluginVersion;
        updatedAt = now;
    }

    public String getPluginId() { return pluginId; }
    public boolean isEnabled() { return enabled; }
    public String getConfig() { return config; }
    public String getInstalledVersion() { return installedVersion; }
    public Instant getUpdatedAt() { return updatedAt; }
}
