package org.newsroom.cms.core.application;

/**
 * A plugin threw while handling an operation. The whole operation was rolled back (nothing of it was
 * saved) and the message names the plugin, so an admin knows which one to look at or disable.
 */
public class PluginFailureException extends CmsException {

    private final String plugin;

    public PluginFailureException(String plugin, String during, RuntimeException cause) {
        // the cause stays in the log (and getCause), never in what the user reads: it may hold SQL or class names
        super("The plugin \"" + plugin + "\" failed while " + during + ", so nothing was saved. Try again; if it "
                + "keeps failing, an admin can disable the plugin.");
        this.plugin = plugin;
        initCause(cause);
    }

    public String plugin() {
        return plugin;
    }
}
