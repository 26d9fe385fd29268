/**
 * The plugin host: discovers {@link org.newsroom.cms.plugin.api.CmsPlugin}s with ServiceLoader, keeps their
 * enabled state and configuration in the database, initialises them lazily, hands out their extensions
 * by type, and calls them from the application services. Core names no plugin.
 */
package org.newsroom.cms.core.plugin;
