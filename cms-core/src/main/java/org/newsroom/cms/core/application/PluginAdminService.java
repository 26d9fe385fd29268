package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.plugin.PluginAuditEntry;
import org.newsroom.cms.core.domain.plugin.PluginState;
import org.newsroom.cms.core.domain.plugin.PluginStateRepository;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.core.plugin.PluginConfigs;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ConfigSetting;

/** Admins' view and control of plugins: list, enable, disable, configure — each change audited. */
@ApplicationScoped
@Transactional
public class PluginAdminService {

    /** A plugin as admins see it. */
    public record PluginView(String id, String name, String version, String description, boolean enabled,
                             List<ConfigSetting> configMetadata, Map<String, Object> config) {
    }

    /** An audited change with the admin's username. */
    public record PluginChange(long id, PluginAuditEntry.Action action, String actor, String oldValue,
                               String newValue, Instant at) {
    }

    @Inject
    PluginRegistry registry;
    @Inject
    PluginStateRepository states;
    @Inject
    UserRepository users;
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
            Instant now = now();
            states.append(new PluginAuditEntry(id, admin.id(), on ? PluginAuditEntry.Action.ENABLED
                    : PluginAuditEntry.Action.DISABLED, String.valueOf(state.isEnabled()), String.valueOf(on), now));
            state.enable(on, now);
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
        Map<String, Object> input = values;
        if (merge && values != null) {
            input = new LinkedHashMap<>(PluginConfigs.fromJson(state.getConfig()));
            input.putAll(values);
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
            Instant now = now();
            states.append(new PluginAuditEntry(id, admin.id(), PluginAuditEntry.Action.CONFIGURED, state.getConfig(),
                    json, now));
            state.configure(json, now);
            registry.changed(id);
        }
        return view(plugin, state);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PluginChange> audit(String id) {
        plugin(id);
        Map<UUID, String> names = new HashMap<>();
        return states.audit(id).stream().map(e -> new PluginChange(e.getId(), e.getAction(),
                names.computeIfAbsent(e.getActorId(), u -> users.find(u).map(User::getUsername).orElse("unknown")),
                e.getOldValue(), e.getNewValue(), e.getOccurredAt())).toList();
    }

    private PluginView view(CmsPlugin plugin) {
        return view(plugin, states.find(plugin.id()).orElse(null));
    }

    private PluginView view(CmsPlugin plugin, PluginState state) {
        Map<String, Object> stored = state == null ? Map.of() : PluginConfigs.fromJson(state.getConfig());
        return new PluginView(plugin.id(), plugin.name(), plugin.version(), plugin.description(),
                state != null && state.isEnabled(), plugin.configMetadata(),
                PluginConfigs.effective(plugin.configMetadata(), stored));
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
