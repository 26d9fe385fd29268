package org.newsroom.cms.core.plugin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.plugin.PluginState;
import org.newsroom.cms.core.domain.plugin.PluginStateRepository;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginConfig;

/**
 * Knows the installed plugins and hands out the extensions of the enabled ones, by type.
 * <p>
 * Discovery is by {@link ServiceLoader}, once at start-up. Enabled state and configuration are read from
 * the database every time extensions are asked for, so a change made on any node applies on the next
 * use everywhere; a plugin is initialised on first use while enabled and closed when found disabled.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());
    private static final Pattern KEBAB = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    /** An extension of an enabled plugin. */
    public record Active<T>(String pluginId, T extension) {
    }

    @Inject
    PluginStateRepository states;
    @Inject
    Clock clock;
    @Inject
    HostServices hostServices;
    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    private final Map<String, Handle> handles = new ConcurrentSkipListMap<>();

    /** Finds the plugins visible to {@code loader}. Ids must be unique kebab-case. */
    public synchronized List<CmsPlugin> discover(ClassLoader loader) {
        for (CmsPlugin plugin : ServiceLoader.load(CmsPlugin.class, loader)) {
            String id = plugin.id();
            if (id == null || !KEBAB.matcher(id).matches() || id.length() > 64) {
                throw new IllegalStateException("Plugin " + plugin.getClass().getName() + " has id \"" + id
                        + "\"; ids are kebab-case, e.g. \"photo-captions\"");
            }
            Handle existing = handles.get(id);
            if (existing != null && existing.plugin.getClass() != plugin.getClass()) {
                throw new IllegalStateException("Two plugins share the id \"" + id + "\": "
                        + existing.plugin.getClass().getName() + " and " + plugin.getClass().getName());
            }
            handles.putIfAbsent(id, new Handle(plugin));
        }
        LOG.info(() -> "Plugins found: " + (handles.isEmpty() ? "none" : String.join(", ", handles.keySet())));
        return plugins();
    }

    /** Records newly found plugins (enabled by default) and their installed versions. */
    @Transactional
    public void registerStates() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Handle h : handles.values()) {
            Optional<PluginState> state = states.find(h.plugin.id());
            if (state.isEmpty()) {
                states.add(new PluginState(h.plugin.id(), h.plugin.version(), now));
            } else if (!state.get().getInstalledVersion().equals(h.plugin.version())) {
                state.get().installed(h.plugin.version(), now);
            }
        }
    }

    /** All installed plugins, in id order. */
    public List<CmsPlugin> plugins() {
        return handles.values().stream().map(h -> h.plugin).toList();
    }

    public Optional<CmsPlugin> plugin(String id) {
        return Optional.ofNullable(handles.get(id)).map(h -> h.plugin);
    }

    public boolean isEnabled(String id) {
        return handles.containsKey(id) && states.find(id).map(PluginState::isEnabled).orElse(false);
    }

    /** The extensions of type {@code type} of every enabled plugin, in plugin-id order. */
    public <T extends ExtensionPoint> List<Active<T>> active(Class<T> type) {
        Map<String, Boolean> enabled = new HashMap<>();
        states.all().forEach(s -> enabled.put(s.getPluginId(), s.isEnabled()));
        List<Active<T>> result = new ArrayList<>();
        for (Handle h : handles.values()) {
            if (!enabled.getOrDefault(h.plugin.id(), false)) {
                h.close();
                continue;
            }
            for (ExtensionPoint extension : h.open(this)) {
                if (type.isInstance(extension)) {
                    result.add(new Active<>(h.plugin.id(), type.cast(extension)));
                }
            }
        }
        return result;
    }

    /** The plugin's current configuration, read from the database now. */
    PluginConfig config(String id) {
        CmsPlugin plugin = plugin(id).orElseThrow();
        Map<String, Object> stored = states.find(id).map(s -> PluginConfigs.fromJson(s.getConfig())).orElse(Map.of());
        return PluginConfigs.view(PluginConfigs.effective(plugin.configMetadata(), stored));
    }

    @PreDestroy
    void closeAll() {
        handles.values().forEach(Handle::close);
    }

    /** One plugin and whether it is initialised on this node. */
    private static final class Handle {
        private final CmsPlugin plugin;
        private volatile List<? extends ExtensionPoint> extensions;

        Handle(CmsPlugin plugin) {
            this.plugin = plugin;
        }

        List<? extends ExtensionPoint> open(PluginRegistry registry) {
            List<? extends ExtensionPoint> current = extensions;
            if (current != null) {
                return current;
            }
            synchronized (this) {
                if (extensions == null) {
                    plugin.init(new HostPluginContext(plugin.id(), registry, registry.hostServices,
                            registry.dataSource, registry.clock));
                    extensions = List.copyOf(plugin.extensions());
                    LOG.info(() -> "Plugin " + plugin.id() + " " + plugin.version() + " initialised");
                }
                return extensions;
            }
        }

        synchronized void close() {
            if (extensions != null) {
                extensions = null;
                try {
                    plugin.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Plugin " + plugin.id() + " failed to close", e);
                }
            }
        }
    }
}
