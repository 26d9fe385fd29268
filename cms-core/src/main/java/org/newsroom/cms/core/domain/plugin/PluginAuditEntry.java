package org.newsroom.cms.core.domain.plugin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An admin's change to a plugin: who, when, what, old → new. Append-only. */
@Entity
@Table(name = "plugin_audit")
public class PluginAuditEntry {

    /** What changed. */
    public enum Action { ENABLED, DISABLED, CONFIGURED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected PluginAuditEntry() {
        // for JPA
    }

    public PluginAuditEntry(String pluginId, UUID actorId, Action action, String oldValue, String newValue,
                            Instant occurredAt) {
        this.pluginId = pluginId;
        this.actorId = actorId;
        this.action = action;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public String getPluginId() { return pluginId; }
    public UUID getActorId() { return actorId; }
    public Action getAction() { return action; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public Instant getOccurredAt() { return occurredAt; }
}
