package org.newsroom.cms.core.domain.plugin;

import java.util.List;
import java.util.Optional;

/** Stores plugin states (admins' changes to them are in the one audit trail, {@code domain.audit}). */
public interface PluginStateRepository {

    /** Every stored state, read fresh from the database (another node may have changed it). */
    List<PluginState> all();

    Optional<PluginState> find(String pluginId);

    /** Loads and row-locks a state, so concurrent admin changes apply one after the other. */
    Optional<PluginState> findForUpdate(String pluginId);

    void add(PluginState state);
}
