/**
 * The plugin contract of Newsroom CMS: what a plugin is ({@link org.newsroom.cms.plugin.api.CmsPlugin}),
 * the typed extension points it can provide, and the immutable payloads they receive. Plugins compile
 * against this package only; they never see the CMS's own classes.
 * <p>
 * Lifecycle: the host discovers plugins with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.newsroom.cms.plugin.api.CmsPlugin} entry), applies their Flyway migrations
 * ({@code db/migration/plugins/<id>/}) at deployment, and calls {@code init} the first time the plugin is
 * used while enabled, {@code close} when it is found disabled. Enabled state and configuration live in
 * the database, so every node sees a change on its next use, without a restart.
 */
package org.newsroom.cms.plugin.api;
