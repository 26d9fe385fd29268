package org.newsroom.cms.plugin.api;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** What the host gives a plugin in {@link CmsPlugin#init}: everything it needs, nothing internal. */
public interface PluginContext {

    String pluginId();

    /** The current configuration (re-read from the database on every call). */
    PluginConfig config();

    /** The CMS clock; use it instead of {@code Instant.now()} so time can be controlled. */
    Clock clock();

    Logger logger();

    /**
     * The CMS database, for the plugin's own {@code plg_<id>_…} tables only (never core tables). Connections
     * join the current transaction, so the plugin's writes commit or roll back with the operation.
     */
    DataSource dataSource();

    /** Read access to articles and their edit rules. */
    ArticleAccess articles();

    /** The signed-in user of the current request, if there is one. */
    Optional<Caller> caller();
}
