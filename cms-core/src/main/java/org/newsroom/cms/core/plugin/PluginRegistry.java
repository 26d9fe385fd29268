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
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.newsroom.cms.core.domain.plugin.PluginState;
import org.newsroom.cms.core.infrastructure.changes.ChangeChannel;
import org.newsroom.cms.core.domain.plugin.PluginStateRepository;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginConfig;

/**
 * Knows the installed plugins and hands out the extensions of the enabled ones, by type.
 * <p>
 * Discovery is by {@link ServiceLoader}, once at start-up. Enabled state and configuration are kept in
 * memory, read from the database once and again only after a change: an admin change publishes on the
 * {@link ChangeChannel} (topic {@value #TOPIC}), which clears the copy on this node at commit and on every
 * other node within a second. So a hot path costs no {@code plugin_state} query. A plugin is initialised on
 * first use while enabled and closed when found disabled.
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
    @Inject
    ChangeChannel changes;
    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    /** The change-channel topic of plugin state and configuration; the key is the plugin id. */
    public static final String TOPIC = "plugins";

    /** What the database said about one plugin, with its typed configuration. */
    private record Known(boolean enabled, PluginConfig config) {
    }

    private final Map<String, Handle> handles = new ConcurrentSkipListMap<>();
    /** Enabled plugins whose {@code init} threw, with what it said; cleared when a later start succeeds. */
    private final Map<String, String> failedToStart = new ConcurrentSkipListMap<>();
    private volatile boolean started;
    private final AtomicLong generation = new AtomicLong();
    private volatile Map<String, Known> known;
    private Jdbi jdbi;

    @PostConstruct
    void start() {
        changes.subscribe(TOPIC, key -> forget());
        // the one Jdbi all plugins share: on the JTA datasource, so every handle joins the transaction of the
        // request or hook; Jdbi's own transaction bookkeeping is off because the host commits
        jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    }

    /** Drops the in-memory state; the next lookup reads the database once. */
    public void forget() {
        generation.incrementAndGet();
        known = null;
    }

    /** Announces (inside the changing transaction) that a plugin's state or configuration changed. */
    public void changed(String pluginId) {
        changes.publish(TOPIC, pluginId);
    }

    private Map<String, Known> known() {
        Map<String, Known> current = known;
        if (current != null) {
            return current;
        }
        long before = generation.get();
        Map<String, Known> loaded = new HashMap<>();
        for (PluginState s : states.all()) {
            Handle h = handles.get(s.getPluginId());
            if (h != null) {
                Map<String, Object> stored = PluginConfigs.fromJson(s.getConfig());
                loaded.put(s.getPluginId(), new Known(s.isEnabled(),
                        PluginConfigs.view(PluginConfigs.effective(h.plugin.configMetadata(), stored))));
            }
        }
        Map<String, Known> result = Map.copyOf(loaded);
        if (generation.get() == before) {
            known = result; // not if a change arrived meanwhile: what was just read may predate it
        }
        return result;
    }

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

    /**
     * Records newly found plugins (enabled by default) and their installed versions, at deployment. Nothing
     * is announced: a node running another build with other plugins learns of them when it deploys.
     */
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
        forget();
    }

    /**
     * Initialises every enabled plugin now, at deployment, instead of on its first use, so that a plugin that
     * cannot start is seen by the readiness check before the node takes traffic. A failure is logged and
     * recorded ({@link #startup()}); the plugin is tried again on its next use.
     */
    @Transactional
    public void startEnabled() {
        Map<String, Known> states = known();
        for (Handle h : handles.values()) {
            Known k = states.get(h.plugin.id());
            if (k != null && k.enabled()) {
                try {
                    h.open(this);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Plugin " + h.plugin.id() + " failed to start", e);
                    failedToStart.put(h.plugin.id(), e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                }
            }
        }
        started = true;
    }

    /**
     * Whether deployment has started the plugins ({@link #startEnabled}), which are installed, and which enabled
     * ones failed to start (a plugin disabled since no longer counts).
     */
    public Startup startup() {
        Map<String, String> failed = new java.util.TreeMap<>();
        failedToStart.forEach((id, why) -> {
            if (isEnabled(id)) {
                failed.put(id, why);
            }
        });
        return new Startup(started, List.copyOf(handles.keySet()), failed);
    }

    /** See {@link #startup()}. */
    public record Startup(boolean finished, List<String> installed, Map<String, String> failed) {

        public Startup {
            installed = List.copyOf(installed);
            failed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(failed));
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
        Known k = known().get(id);
        return k != null && k.enabled();
    }

    /** The extensions of type {@code type} of every enabled plugin, in plugin-id order. */
    public <T extends ExtensionPoint> List<Active<T>> active(Class<T> type) {
        Map<String, Known> states = known();
        List<Active<T>> result = new ArrayList<>();
        for (Handle h : handles.values()) {
            Known k = states.get(h.plugin.id());
            if (k == null || !k.enabled()) {
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

    /** The plugin's current configuration (from memory; see the class comment). */
    PluginConfig config(String id) {
        Known k = known().get(id);
        if (k != null) {
            return k.config();
        }
        return PluginConfigs.view(PluginConfigs.effective(plugin(id).orElseThrow().configMetadata(), Map.of()));
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
                    plugin.init(new HostPluginContext(plugin.id(), registry, registry.hostServices, registry.jdbi,
                            registry.clock));
                    extensions = List.copyOf(plugin.extensions());
                    registry.failedToStart.remove(plugin.id());
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
