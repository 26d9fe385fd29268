package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.AuditQuery;
import org.newsroom.cms.core.domain.plugin.PluginState;
import org.newsroom.cms.core.domain.plugin.PluginStateRepository;
import org.newsroom.cms.core.plugin.PluginConfigs;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ConfigSetting;

/**
 * Admins' view and control of plugins: list, enable, disable, configure — each change audited in the one
 * trail ({@code PLUGIN_ENABLED}, {@code PLUGIN_DISABLED}, {@code PLUGIN_CONFIGURED}). Secret settings are
 * never shown: views and audit details carry {@link ConfigSetting#MASK} instead, and an empty (or masked)
 * value sent for a secret keeps the stored one.
 */
@ApplicationScoped
@Transactional
public class PluginAdminService {

    /** A plugin as admins see it. */
    public record PluginView(String id, String name, String version, String description, boolean enabled,
                             List<ConfigSetting> configMetadata, Map<String, Object> config) {
    }

    /**
     * An audited change with the admin's username.
     *
     * @param action ENABLED, DISABLED or CONFIGURED
     */
    public record PluginChange(long id, String action, String actor, String oldValue, String newValue, Instant at) {
    }

    private static final Set<String> CHANGES = Set.of(AuditEvent.Action.PLUGIN_ENABLED.name(),
            AuditEvent.Action.PLUGIN_DISABLED.name(), AuditEvent.Action.PLUGIN_CONFIGURED.name());

    @Inject
    PluginRegistry registry;
    @Inject
    PluginStateRepository states;
    @Inject
    AuditService audit;
    @Inject
    AuditLog log;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PluginView> list() {
        return registry.plugins().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PluginView get(String id) {
        return view(plugin(id));
    }

    public PluginView enable(Actor admin, String id, boolean on) {
        CmsPlugin plugin = plugin(id);
        PluginState state = state(id);
        if (state.isEnabled() != on) {
            audit.plugin(admin, on ? AuditEvent.Action.PLUGIN_ENABLED : AuditEvent.Action.PLUGIN_DISABLED, id,
                    AuditService.change(String.valueOf(state.isEnabled()), String.valueOf(on)));
            state.enable(on, now());
            registry.changed(id);
        }
        return view(plugin, state);
    }

    /**
     * Changes the configuration; every problem is reported and nothing is saved if there is one.
     *
     * @param merge false: {@code values} replace the whole configuration (keys left out go back to their
     *              defaults, PUT); true: only the keys given change, a {@code null} value resets that key (PATCH)
     */
    public PluginView configure(Actor admin, String id, Map<String, Object> values, boolean merge) {
        CmsPlugin plugin = plugin(id);
        PluginState state = state(id);
        Map<String, Object> stored = PluginConfigs.fromJson(state.getConfig());
        Map<String, Object> input = values == null ? null : keepSecrets(plugin.configMetadata(), stored, values);
        if (merge && input != null) {
            Map<String, Object> merged = new LinkedHashMap<>(stored);
            merged.putAll(input);
            input = merged;
        }
        Map<String, Object> clean;
        try {
            clean = PluginConfigs.validate(plugin.configMetadata(), input);
        } catch (PluginException e) {
            throw new InvalidConfigException(id, e.errors());
        }
        List<FieldError> refused = plugin.validateConfig(PluginConfigs.effective(plugin.configMetadata(), clean));
        if (refused != null && !refused.isEmpty()) {
            throw new InvalidConfigException(id, refused);
        }
        String json = PluginConfigs.toJson(clean);
        if (!json.equals(state.getConfig())) {
            audit.plugin(admin, AuditEvent.Action.PLUGIN_CONFIGURED, id, AuditService.change(
                    PluginConfigs.toJson(masked(plugin.configMetadata(), stored)),
                    PluginConfigs.toJson(masked(plugin.configMetadata(), clean))));
            state.configure(json, now());
            registry.changed(id);
        }
        return view(plugin, state);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PluginChange> audit(String id) {
        plugin(id);
        List<AuditEvent> events = log.search(new AuditQuery(null, false, null, CHANGES, id, null, null, null, null,
                false, 10_000)).stream().filter(e -> e.getPluginId() == null).toList();
        return audit.items(events).stream().map(e -> new PluginChange(e.id(), e.type().substring("PLUGIN_".length()),
                e.actor(), text(e.details().get("old")), text(e.details().get("new")), e.at())).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The values sent, with each secret sent empty (or as the mask shown) replaced by the stored value: a form
     * never shows a secret, so sending it back unchanged must not erase it.
     */
    private static Map<String, Object> keepSecrets(List<ConfigSetting> metadata, Map<String, Object> stored,
                                                   Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        for (ConfigSetting s : metadata) {
            Object sent = values.get(s.key());
            if (s.secret() && values.containsKey(s.key())
                    && ("".equals(sent) || ConfigSetting.MASK.equals(sent))) {
                out.put(s.key(), stored.get(s.key()));
            }
        }
        return out;
    }

    /** The values with every secret that has one shown as the mask. */
    static Map<String, Object> masked(List<ConfigSetting> metadata, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        for (ConfigSetting s : metadata) {
            Object v = out.get(s.key());
            if (s.secret() && v != null && !"".equals(v)) {
                out.put(s.key(), ConfigSetting.MASK);
            }
        }
        return out;
    }

    private PluginView view(CmsPlugin plugin) {
        return view(plugin, states.find(plugin.id()).orElse(null));
    }

    private PluginView view(CmsPlugin plugin, PluginState state) {
        Map<String, Object> stored = state == null ? Map.of() : PluginConfigs.fromJson(state.getConfig());
        return new PluginView(plugin.id(), plugin.name(), plugin.version(), plugin.description(),
                state != null && state.isEnabled(), plugin.configMetadata(),
                masked(plugin.configMetadata(), PluginConfigs.effective(plugin.configMetadata(), stored)));
    }

    private CmsPlugin plugin(String id) {
        return registry.plugin(id).orElseThrow(() -> new ResourceNotFoundException("No plugin \"" + id
                + "\" is installed; GET /api/admin/plugins lists them."));
    }

    private PluginState state(String id) {
        return states.findForUpdate(id).orElseThrow(() -> new IllegalStateException("plugin " + id + " has no state"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
