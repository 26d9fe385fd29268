package org.newsroom.cms.web.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.migrations.MigrationRunner;
import org.newsroom.cms.plugin.api.CmsPlugin;

/**
 * Ready when Flyway finds nothing pending and nothing failed, for the core schema and every installed plugin's
 * tables ({@link MigrationRunner#status}). Deployment migrates before it serves, so this is down only while
 * that has not happened, or if someone changed the history since. A good answer is kept for
 * {@value #CACHE_SECONDS} seconds: Flyway reads the classpath and the history tables, too much for every
 * probe of a load balancer; a bad one is checked again on every probe.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    static final String NAME = "migrations";
    static final int CACHE_SECONDS = 30;

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;
    @Inject
    PluginRegistry plugins;

    private record Checked(HealthCheckResponse response, long atNanos) {
    }

    private volatile Checked lastGood;

    @Override
    public HealthCheckResponse call() {
        Checked good = lastGood;
        if (good != null && System.nanoTime() - good.atNanos() < Duration.ofSeconds(CACHE_SECONDS).toNanos()) {
            return good.response();
        }
        HealthCheckResponse response = check();
        lastGood = response.getStatus() == HealthCheckResponse.Status.UP ? new Checked(response, System.nanoTime()) : null;
        return response;
    }

    private HealthCheckResponse check() {
        if (!plugins.startup().finished()) { // the plugins' history tables are known once deployment found them
            return HealthCheckResponse.named(NAME).down().withData("error", "deployment has not run the migrations yet")
                    .build();
        }
        Map<String, ClassLoader> loaders = new LinkedHashMap<>();
        for (CmsPlugin plugin : plugins.plugins()) {
            loaders.put(plugin.id(), plugin.getClass().getClassLoader());
        }
        try {
            MigrationRunner.Status status = new MigrationRunner(dataSource).status(loaders);
            return HealthCheckResponse.named(NAME).status(status.upToDate())
                    .withData("coreVersion", String.valueOf(status.coreVersion()))
                    .withData("pending", String.join(",", status.pending()))
                    .withData("failed", String.join(",", status.failed()))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", HealthChecks.describe(e)).build();
        }
    }
}
