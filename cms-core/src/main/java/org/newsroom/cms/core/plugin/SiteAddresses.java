package org.newsroom.cms.core.plugin;

import java.net.URI;

/**
 * How the host makes a plugin's site-relative path absolute ({@code PluginContext.publicUrl}); implemented by the
 * application's site settings, so the plugin host needs no application type (the layering test keeps it so).
 */
public interface SiteAddresses {

    /** The public base URL (or else {@code requestBase}) followed by {@code path}. */
    String absolute(URI requestBase, String path);
}
