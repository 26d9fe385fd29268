package org.newsroom.cms.web.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the {@code cms} datasource answers {@code SELECT 1} within two seconds. A node whose database is
 * gone cannot serve anything, so the load balancer should stop sending it requests.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery("select 1")) {
                rs.next();
            }
            return HealthCheckResponse.named(NAME).up()
                    .withData("millis", (System.nanoTime() - start) / 1_000_000).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", HealthChecks.describe(e)).build();
        }
    }
}
