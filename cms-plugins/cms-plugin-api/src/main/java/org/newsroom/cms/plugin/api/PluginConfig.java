package org.newsroom.cms.plugin.api;

import java.util.List;

/**
 * A plugin's current settings, with defaults filled in. Values are validated against
 * {@link CmsPlugin#configMetadata()} before they are stored, so typed getters do not fail for declared
 * keys. Read it when you need it (do not cache): an admin may change it at any time, on any node.
 */
public interface PluginConfig {

    String string(String key);

    int integer(String key);

    boolean bool(String key);

    List<String> list(String key);
}
