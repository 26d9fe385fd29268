package org.newsroom.cms.core.domain.plugin;

import java.util.List;
import java.util.Optional;

/** Stores plugin states and the admin audit trail of plugin changes. */
public interface PluginStateRepository {

    /** Every stored state, read fresh from the database (another node may have changed it). */
    List<PluginState> all();

    Optional<PluginState> find(String pluginId);

    /** Loads and row-locks a state, so concurrent admin changes apply one after the other. */
    Optional<PluginState> findForUpdate(String pluginId);

    void add(PluginState state);

    void append(PluginAuditEntry entry);

    List<PluginAuditEntry> audit(String pluginId);
}
