package org.newsroom.cms.plugin.api;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import org.jdbi.v3.core.Jdbi;

/**
 * What the host gives a plugin in {@link CmsPlugin#init}: everything it needs, nothing internal. One per
 * plugin, valid until {@link CmsPlugin#close}; thread-safe.
 */
public interface PluginContext {

    String pluginId();

    /**
     * The current configuration. Cheap to call: the host keeps it in memory and replaces it when an admin
     * changes it on any node (within about a second), so read it where you need it instead of keeping it.
     */
    PluginConfig config();

    /** The CMS clock; use it instead of {@code Instant.now()} so time can be controlled. */
    Clock clock();

    Logger logger();

    /**
     * The plugin's way to its own {@code plg_<id>_…} tables (never core tables): Jdbi on the CMS's
     * transactional datasource. The host owns the unit of work: every plugin endpoint and every hook already
     * runs inside one transaction, and each {@code jdbi.withHandle(…)} joins it, so a request's writes commit
     * together or roll back together on any exception. Never call {@code begin}, {@code commit} or
     * {@code inTransaction} on it. A unique-key violation that reaches the host becomes a 409; use
     * {@link Unique#orConflict} to say which value clashed.
     */
    Jdbi jdbi();

    /** Read access to articles, their edit rules and the public visibility rule. */
    ArticleAccess articles();

    /**
     * Runs {@code action} once the current transaction has ended: {@code ended(true)} after a commit,
     * {@code ended(false)} after a rollback. This is for work that cannot join the transaction, such as
     * objects in an external store: remove an object uploaded for a request that rolled back, delete an object
     * only once the row that pointed at it is gone for good. The action runs outside any transaction; what it
     * throws is logged and dropped. Outside a transaction it runs at once, as after a commit (the default,
     * for test doubles, always does that).
     */
    default void afterTransaction(TransactionEnd action) {
        action.ended(true);
    }

    /** What {@link #afterTransaction} runs. */
    @FunctionalInterface
    interface TransactionEnd {
        void ended(boolean committed);
    }

    /** The signed-in user of the current request, if there is one (none for the scheduler or public calls). */
    Optional<Caller> caller();

    /**
     * The host's audit trail, where the plugin records what its users did (creations, edits, merges…) in the
     * same transaction as the change. The default is for test doubles and hosts without a trail: it refuses.
     */
    default AuditTrail audit() {
        throw new UnsupportedOperationException("this host keeps no audit trail");
    }

    /**
     * An absolute public URL for a site-relative path (e.g. {@code /api/public/photos/…}), for documents that
     * need them (NewsML-G2 hrefs): the site's configured public base URL ({@code CMS_PUBLIC_BASE_URL}) or else
     * {@code requestBase}, the address the request came in on ({@code http://host:port/}). The default, for
     * test doubles, resolves against {@code requestBase}.
     */
    default String publicUrl(URI requestBase, String path) {
        return requestBase.resolve(path).toString();
    }
}
