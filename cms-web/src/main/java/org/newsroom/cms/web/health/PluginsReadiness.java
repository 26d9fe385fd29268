package org.newsroom.cms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.newsroom.cms.core.plugin.PluginRegistry;

/**
 * Ready once deployment has started every enabled plugin ({@link PluginRegistry#startEnabled}) and none of them
 * failed to; a plugin an admin disables stops counting. Down before that, so a load balancer does not send
 * requests to a node whose plugins are not there yet.
 */
@Readiness
@ApplicationScoped
public class PluginsReadiness implements HealthCheck {

    static final String NAME = "plugins";

    @Inject
    PluginRegistry plugins;

    @Override
    public HealthCheckResponse call() {
        PluginRegistry.Startup startup = plugins.startup();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(startup.finished() && startup.failed().isEmpty())
                .withData("started", startup.finished())
                .withData("installed", String.join(",", startup.installed()));
        startup.failed().forEach((id, why) -> response.withData("failed." + id, why));
        return response.build();
    }
}
