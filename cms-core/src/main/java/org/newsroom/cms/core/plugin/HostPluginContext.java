package org.newsroom.cms.core.plugin;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import org.jdbi.v3.core.Jdbi;

import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.AuditTrail;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugin.api.PluginContext;

/**
 * The context one plugin gets: its live config, the CMS clock, a logger named after it, the shared Jdbi and
 * the host's audit trail and transaction.
 */
final class HostPluginContext implements PluginContext {

    private final String pluginId;
    private final PluginRegistry registry;
    private final HostServices services;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Logger logger;
    private final AuditTrail audit;

    HostPluginContext(String pluginId, PluginRegistry registry, HostServices services, Jdbi jdbi,
                      Clock clock) {
        this.pluginId = pluginId;
        this.registry = registry;
        this.services = services;
        this.jdbi = jdbi;
        this.clock = clock;
        this.logger = Logger.getLogger("org.newsroom.cms.plugin." + pluginId);
        this.audit = services.auditTrail(pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginConfig config() {
        return registry.config(pluginId);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public ArticleAccess articles() {
        return services;
    }

    @Override
    public Optional<Caller> caller() {
        return services.caller();
    }

    @Override
    public String publicUrl(URI requestBase, String path) {
        return services.publicUrl(requestBase, path);
    }

    @Override
    public void afterTransaction(TransactionEnd action) {
        services.afterTransaction(action, logger);
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }
}
