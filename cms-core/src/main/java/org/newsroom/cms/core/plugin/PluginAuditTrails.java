package org.newsroom.cms.core.plugin;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.audit.AuditDetails;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.AuditQuery;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.plugin.api.AuditTrail;
import org.newsroom.cms.plugin.api.Caller;

/**
 * The host side of {@link AuditTrail}: plugins' events go into the core's one trail ({@code audit_event},
 * subject type PLUGIN, {@code plugin_id} set), by the request's caller or by "system", in the transaction the
 * host began for the plugin (a new one only when a plugin records outside any).
 */
@ApplicationScoped
public class PluginAuditTrails {

    private static final Pattern TYPE = Pattern.compile("^[A-Z][A-Z0-9_]{0,39}$");
    private static final int MAX_SUBJECT = 200;

    @Inject
    AuditLog log;
    @Inject
    UserRepository users;
    @Inject
    HostServices services;
    @Inject
    Clock clock;

    /** The trail as the plugin {@code pluginId} sees it. */
    public AuditTrail of(String pluginId) {
        PluginAuditTrails self = this;
        return new AuditTrail() {
            @Override
            public void record(String type, String subject, Map<String, ?> details) {
                self.record(pluginId, type, subject, details);
            }

            @Override
            public List<Event> events(String subject, int limit) {
                return self.events(pluginId, subject, limit);
            }
        };
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String pluginId, String type, String subject, Map<String, ?> details) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an audit type is upper case with digits and underscores, at most 40 "
                    + "characters, not " + type);
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("an audit subject is 1 to " + MAX_SUBJECT + " characters");
        }
        UUID actor = services.caller().map(Caller::username).flatMap(users::findByUsername).map(User::getId)
                .orElse(null);
        log.append(AuditEvent.byPlugin(pluginId, subject, actor, type, AuditDetails.toJson(details),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditTrail.Event> events(String pluginId, String subject, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("between 1 and 1000 events, not " + limit);
        }
        Map<UUID, String> names = new HashMap<>();
        return log.search(new AuditQuery(null, false, null, null, subject, pluginId, null, null, null, false, limit))
                .stream().map(e -> new AuditTrail.Event(e.getId(), e.getOccurredAt(), e.getActorId() == null
                        ? AuditEvent.SYSTEM : names.computeIfAbsent(e.getActorId(), id -> users.find(id)
                        .map(User::getUsername).orElse("unknown")), e.getType(), e.getSubject(),
                        AuditDetails.fromJson(e.getDetails()))).toList();
    }
}
