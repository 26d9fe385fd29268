/**
 * The health checks WildFly's MicroProfile Health serves on the management interface
 * ({@code /health/ready}, {@code /health/live}): readiness says whether this node should get traffic
 * (database, migrations, plugins), liveness whether it should be restarted.
 */
package org.newsroom.cms.web.health;
